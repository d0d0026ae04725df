using Efactura.Core.CodeLists;
using Efactura.Core.Findings;
using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>
/// EF-COUNTY-CODE: a Romanian address (country RO) whose county (BT-39, BT-54, BT-68, BT-79) is not an ISO 3166-2:RO
/// code, where the profile's official rules do not already say so. CIUS-RO checks the seller and buyer (BR-RO-110,
/// BR-RO-111) and, on an Invoice only, the tax representative and delivery addresses (BR-RO-170, BR-RO-212: their
/// CreditNote contexts name the Invoice namespace and never match); EN 16931 checks none.
/// </summary>
internal sealed class CountyRule : IOwnRule
{
    public IEnumerable<Finding> Check(OwnRuleContext context)
    {
        foreach (var (candidate, en, ro, term) in Unchecked(context))
        {
            if (candidate is not { } address || address.Normalized(Cac.Country, Cbc.IdentificationCode) != "RO") continue;
            var county = address.Normalized(Cbc.CountrySubentity);
            if (RomanianCounties.IsKnownCode(county)) continue;
            yield return Finding(address.Child(Cbc.CountrySubentity) ?? address, county, en, ro, term);
        }
    }

    /// <summary>The addresses no official rule of the profile checks the county of.</summary>
    private static IEnumerable<(Element? Address, string En, string Ro, string Term)> Unchecked(OwnRuleContext context)
    {
        var root = context.Root;
        var ciusRo = context.Profile == ValidationProfile.CiusRo;
        if (!ciusRo)
        {
            yield return (root.First(Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress), "seller", "vânzătorului", "BT-39");
            yield return (root.First(Cac.AccountingCustomerParty, Cac.Party, Cac.PostalAddress), "buyer", "cumpărătorului", "BT-54");
        }
        if (ciusRo && context.Document.IsInvoice) yield break;
        yield return (root.First(Cac.TaxRepresentativeParty, Cac.PostalAddress), "tax representative", "reprezentantului fiscal", "BT-68");
        yield return (root.First(Cac.Delivery, Cac.DeliveryLocation, Cac.Address), "delivery", "de livrare", "BT-79");
    }

    private static Finding Finding(Element at, string county, string en, string ro, string term)
    {
        if (RomanianCounties.SectorNumber(county) is { } sector and not (>= 1 and <= 6)) return NoSuchSector(at, county, sector, en, ro, term);
        var suggestion = Suggestion(county);
        var written = county.Length == 0 ? "is missing" : $"\"{county}\" is not an ISO 3166-2:RO code";
        var writtenRo = county.Length == 0 ? "lipsește" : $"„{county}” nu este un cod ISO 3166-2:RO";
        return OwnRules.Warning(EfacturaRuleIds.County, at,
            $"The {en} address is in Romania, but its county ({term}) {written}{(suggestion is null ? "" : $"; did you mean {suggestion}?")}",
            $"Adresa {ro} este în România, dar județul ({term}) {writtenRo}{(suggestion is null ? "" : $"; ați vrut să scrieți {suggestion}?")}",
            suggestion is null
                ? "Write the county as its ISO 3166-2:RO code, e.g. RO-CJ for Cluj, RO-B for Bucharest."
                : $"Write {suggestion} as the county.");
    }

    /// <summary>"Sector 7" as a county: no county looks like it, and Bucharest has sectors 1 to 6 (SECTOR-RO-CODES).</summary>
    private static Finding NoSuchSector(Element at, string county, int sector, string en, string ro, string term) =>
        OwnRules.Warning(EfacturaRuleIds.County, at,
            $"The {en} address is in Romania, but its county ({term}) \"{county}\" is not an ISO 3166-2:RO code, and there is no sector {sector}: Bucharest has sectors 1 to 6.",
            $"Adresa {ro} este în România, dar județul ({term}) „{county}” nu este un cod ISO 3166-2:RO, iar sectorul {sector} nu există: Bucureștiul are sectoarele 1-6.",
            "For an address in Bucharest write RO-B as the county and the sector, SECTOR1 to SECTOR6, as the city.");

    private static string? Suggestion(string county)
    {
        if (county.Length == 0) return null;
        if (RomanianCounties.TryResolve(county, out var match)) return match.County.Code;
        return RomanianCounties.Closest(county, 1) is [var closest] ? closest.Code : null;
    }
}
