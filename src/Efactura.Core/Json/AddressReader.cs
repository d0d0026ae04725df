using System.Text.RegularExpressions;
using Efactura.Core.CodeLists;
using Efactura.Core.Findings;
using Lists = Efactura.Core.CodeLists.CodeLists;
using Efactura.Core.Model;
using F = Efactura.Core.Json.AddressFields;

namespace Efactura.Core.Json;

/// <summary>
/// Reads an address. Romanian counties are resolved to ISO 3166-2:RO codes (BR-RO-110) and Bucharest
/// sectors become the city SECTOR1..SECTOR6 (BR-RO-100, ANAF's CIUS-RO code list SECTOR-RO).
/// </summary>
internal static partial class AddressReader
{
    private const string Romania = "RO";
    private const string Bucharest = "RO-B";

    public static Address Read(JsonObjectReader r)
    {
        var line1 = r.String(F.Street);
        var line2 = r.String(F.Street2);
        var line3 = r.String(F.Street3);
        var city = r.String(F.City);
        var postalCode = r.String(F.PostalCode);
        var country = Country(r, F.Country) ?? Romania;
        var county = r.String(F.County);
        r.ReportUnknownFields();

        var address = new Address { Line1 = line1, Line2 = line2, Line3 = line3, City = city, PostalCode = postalCode, CountryCode = country, CountrySubdivision = county };
        return country == Romania ? WithRomanianCounty(r, address) : address;
    }

    /// <summary>A country code member, upper-cased and checked against ISO 3166-1.</summary>
    public static string? Country(JsonObjectReader r, string name)
    {
        var value = r.String(name)?.ToUpperInvariant();
        if (value is null || Lists.Countries.Contains(value)) return value;
        r.Context.Report(JsonFindings.UnknownCode(JsonErrorCodes.CountryUnknown, r.At(name), value, "country code", "codul țării", [],
            "Use the ISO 3166-1 alpha-2 code, e.g. RO, DE, FR, HU."));
        return null;
    }

    private static Address WithRomanianCounty(JsonObjectReader r, Address address)
    {
        if (address.CountrySubdivision is not { } county)
        {
            r.ReportMissing(F.County, "BT-39");
            return address;
        }
        if (!RomanianCounties.TryResolve(county, out var match))
        {
            if (RomanianCounties.SectorNumber(county) is { } number)
            {
                r.Context.Report(NoSuchSector(r.At(F.County), county, number));
                return address;
            }
            var closest = RomanianCounties.Closest(county).Select(c => $"{c.Name} ({c.Code})");
            r.Context.Report(JsonFindings.UnknownCode(JsonErrorCodes.CountyUnknown, r.At(F.County), county, "Romanian county", "județ", closest,
                "Write the county's name (\"Cluj\"), its ISO 3166-2:RO code (\"RO-CJ\"), or for Bucharest \"București\" or the sector (\"Sector 3\")."));
            return address;
        }
        var resolved = address with { CountrySubdivision = match.County.Code };
        return match.County.Code == Bucharest ? WithSector(r, resolved, match.Sector) : resolved;
    }

    private static Address WithSector(JsonObjectReader r, Address address, string? countySector)
    {
        if (SectorOf(address.City) is { } citySector) return address with { City = citySector };
        if (SectorOf(countySector) is { } sector) return address with { City = sector };
        if (address.City is { } city && RomanianCounties.SectorNumber(city) is { } number)
        {
            r.Context.Report(NoSuchSector(r.At(F.City), city, number));
            return address;
        }
        r.Context.Report(JsonFindings.Warning(JsonErrorCodes.SectorMissing, r.At(F.City),
            $"The address is in Bucharest but names no sector (city {JsonFindings.Quote(address.City ?? "")}); ANAF requires the city to be SECTOR1..SECTOR6 (BR-RO-100).",
            $"Adresa este în București, dar nu indică sectorul (localitatea {JsonFindings.QuoteRo(address.City ?? "")}); ANAF cere ca localitatea să fie SECTOR1..SECTOR6 (BR-RO-100).",
            "Write the sector as the city (\"Sector 3\") or as the county (\"Sector 3\")."));
        return address;
    }

    /// <summary>A Bucharest sector that does not exist ("Sector 7"): Bucharest has sectors 1 to 6 (SECTOR-RO-CODES).</summary>
    private static Finding NoSuchSector(JsonPointer field, string value, int number) =>
        JsonFindings.Fatal(JsonErrorCodes.CountyUnknown, field,
            $"There is no Bucharest sector {number} ({JsonFindings.Quote(value)} at {field.Display}): Bucharest has sectors 1 to 6.",
            $"Nu există sectorul {number} al Bucureștiului ({JsonFindings.QuoteRo(value)} în {field.Display}): Bucureștiul are sectoarele 1-6.",
            "Write the sector the address is in, \"Sector 1\" to \"Sector 6\".");

    /// <summary>"Sector 3", "sectorul 3", "SECTOR3" or a bare "3" → "SECTOR3"; anything else → null.</summary>
    internal static string? SectorOf(string? text)
    {
        if (text is null) return null;
        var match = SectorPattern().Match(text);
        return match.Success ? "SECTOR" + match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^\s*(?:sector(?:ul)?\s*)?([1-6])\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SectorPattern();
}
