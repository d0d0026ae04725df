using System.Text.RegularExpressions;
using Efactura.Core.CodeLists;
using Efactura.Core.Model;
using Efactura.Pdf.Text;

namespace Efactura.Pdf.Layout;

/// <summary>
/// What a party block prints, as labelled lines: the identifiers a Romanian reader looks for (Cod TVA, CIF,
/// Nr. Reg. Com., CNP) told apart by their form, then the address with the county and the country, then the contact.
/// </summary>
internal static partial class PartyLines
{
    public static IEnumerable<string> Identification(Party party, Labels labels)
    {
        var vatDigits = Digits(party.VatIdentifier);
        if (party.VatIdentifier is { } vat) yield return $"{labels.VatId}: {vat}";
        if (party.TaxRegistrationId is { } tax && (vatDigits is null || Digits(tax) != vatDigits)) yield return $"{labels.FiscalCode}: {tax}";
        if (party.LegalRegistrationId is { } legal && Legal(legal.Value, vatDigits, labels) is { } line) yield return line;
        foreach (var id in party.Identifiers)
        {
            if (id.Value == party.VatIdentifier || (vatDigits is not null && Digits(id.Value) == vatDigits) || id.Value == party.LegalRegistrationId?.Value) continue;
            yield return Legal(id.Value, vatDigits, labels) ?? $"{labels.Identifier}: {id}";
        }
        if (party.AdditionalLegalInformation is { } info) yield return info;
    }

    public static IEnumerable<string> Address(Address address, Labels labels)
    {
        foreach (var line in new[] { address.Line1, address.Line2, address.Line3 })
        {
            if (!string.IsNullOrWhiteSpace(line)) yield return line;
        }
        var city = City(address.City, labels);
        var place = string.Join(" ", new[] { address.PostalCode, city }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var county = County(address, labels);
        var joined = string.Join(", ", new[] { place, county }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (joined.Length > 0) yield return joined;
        yield return Country(address.CountryCode, labels);
    }

    public static IEnumerable<string> Contact(Contact? contact, Labels labels)
    {
        if (contact is null) yield break;
        if (contact.Name is { } name) yield return $"{labels.Contact}: {name}";
        var reach = string.Join(" · ", new[]
        {
            contact.Telephone is { } phone ? $"{labels.Phone} {phone}" : null,
            contact.Email is { } email ? $"{labels.Email} {email}" : null,
        }.Where(s => s is not null));
        if (reach.Length > 0) yield return reach;
    }

    private static string? Legal(string value, string? vatDigits, Labels labels)
    {
        if (Cnp.IsAnonymous(value)) return $"{labels.PersonalCode}: ";
        if (PersonalCode().IsMatch(value) && Cnp.IsValid(value)) return $"{labels.PersonalCode}: {value}";
        if (TradeRegister().IsMatch(value)) return $"{labels.TradeRegister}: {value}";
        var digits = Digits(value);
        if (FiscalCode().IsMatch(value)) return digits == vatDigits ? null : $"{labels.FiscalCode}: {value}";
        return $"{labels.Registration}: {value}";
    }

    private static string? City(string? city, Labels labels)
    {
        if (city is null) return null;
        var sector = SectorCode().Match(city.Replace(" ", "", StringComparison.Ordinal));
        return sector.Success ? $"{labels.Sector} {sector.Groups[1].Value}" : city;
    }

    private static string? County(Address address, Labels labels)
    {
        if (address.CountrySubdivision is not { } code) return null;
        if (code == RomanianCounties.BucharestCode) return labels.Bucharest;
        return RomanianCounties.TryGetByCode(code, out var county) ? $"{labels.County} {county.Name}" : code;
    }

    private static string Country(string code, Labels labels)
    {
        if (code == "RO") return labels.Romania;
        return CodeLists.Countries.TryGetName(code, out var name) && name.Length > 0 ? $"{name} ({code})" : code;
    }

    private static string? Digits(string? value) =>
        value is null ? null : string.Concat(value.Where(char.IsAsciiDigit)) is { Length: > 0 } d ? d : null;

    // Trade register numbers: J12/345/2019, F40/..., C1/..., and since 2024 J2019000123456.
    [GeneratedRegex(@"^\s*[JFC]\s?\d{1,2}\s*/|^\s*J\d{4}\d{6}[A-Z0-9]{0,4}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TradeRegister();

    [GeneratedRegex(@"^\d{13}$")]
    private static partial Regex PersonalCode();

    [GeneratedRegex(@"^\s*(RO)?\s*\d{2,10}\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalCode();

    [GeneratedRegex(@"^SECTOR([1-6])$", RegexOptions.IgnoreCase)]
    private static partial Regex SectorCode();
}
