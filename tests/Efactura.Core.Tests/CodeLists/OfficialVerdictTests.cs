using System.Xml.Linq;
using Efactura.Core.CodeLists;
using Efactura.Testing;
using Lists = Efactura.Core.CodeLists.CodeLists;

namespace Efactura.Core.Tests.CodeLists;

/// <summary>
/// Our code lists agree with ANAF's validator: for every invoice of the shared corpus, a code list rule fires
/// in the official CIUS-RO 1.0.9 verdict (expected.tsv) exactly when one of the values it checks is not in our list.
/// </summary>
public sealed class OfficialVerdictTests
{
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    private sealed record ListRule(string Id, Func<XElement, IEnumerable<bool>> Verdicts);

    // Each rule yields one verdict per context node it checks (true = accepted), as the schematron selects them.
    private static readonly ListRule[] Rules =
    [
        new("BR-CL-01", root => Elements(root, Cbc + "InvoiceTypeCode").Select(e => Lists.InvoiceTypeCodes.Accepts(e.Value))
            .Concat(Elements(root, Cbc + "CreditNoteTypeCode").Select(e => Lists.CreditNoteTypeCodes.Accepts(e.Value)))),
        new("BR-CL-03", root => root.DescendantsAndSelf().Attributes("currencyID").Select(a => Lists.Currencies.Accepts(a.Value))),
        new("BR-CL-04", root => Elements(root, Cbc + "DocumentCurrencyCode").Select(e => Lists.Currencies.Accepts(e.Value))),
        new("BR-CL-05", root => Elements(root, Cbc + "TaxCurrencyCode").Select(e => Lists.Currencies.Accepts(e.Value))),
        new("BR-CL-10", root => SchemeIds(root, Cac + "PartyIdentification", Cbc + "ID").Select(a =>
            Lists.IdentifierSchemes.Accepts(a.Value) || (a.Value.Trim() == "SEPA" && a.Parent!.Ancestors().Any(IsSupplierOrPayee)))),
        new("BR-CL-11", root => SchemeIds(root, Cac + "PartyLegalEntity", Cbc + "CompanyID").Select(a => Lists.IdentifierSchemes.Accepts(a.Value))),
        new("BR-CL-14", root => Children(root, Cac + "Country", Cbc + "IdentificationCode").Select(e => Lists.Countries.Accepts(e.Value))),
        new("BR-CL-15", root => Children(root, Cac + "OriginCountry", Cbc + "IdentificationCode").Select(e => Lists.Countries.Accepts(e.Value))),
        new("BR-CL-16", root => Children(root, Cac + "PaymentMeans", Cbc + "PaymentMeansCode").Select(e => Lists.PaymentMeans.Accepts(e.Value))),
        new("BR-CL-17", root => Children(root, Cac + "TaxCategory", Cbc + "ID").Select(e => Lists.VatCategories.Accepts(e.Value))),
        new("BR-CL-18", root => Children(root, Cac + "ClassifiedTaxCategory", Cbc + "ID").Select(e => Lists.VatCategories.Accepts(e.Value))),
        new("BR-CL-19", root => ReasonCodes(root, isCharge: false).Select(e => Lists.AllowanceReasons.Accepts(e.Value))),
        new("BR-CL-20", root => ReasonCodes(root, isCharge: true).Select(e => Lists.ChargeReasons.Accepts(e.Value))),
        new("BR-CL-21", root => SchemeIds(root, Cac + "StandardItemIdentification", Cbc + "ID").Select(a => Lists.IdentifierSchemes.Accepts(a.Value))),
        new("BR-CL-22", root => Elements(root, Cbc + "TaxExemptionReasonCode").Select(e => Lists.VatExemptionReasons.Accepts(e.Value))),
        new("BR-CL-23", root => root.DescendantsAndSelf().Attributes("unitCode").Select(a => Lists.Units.Accepts(a.Value))),
        new("BR-CL-25", root => Elements(root, Cbc + "EndpointID").Attributes("schemeID").Select(a => Lists.ElectronicAddressSchemes.Accepts(a.Value))),
        new("BR-CL-26", root => SchemeIds(root, Cac + "DeliveryLocation", Cbc + "ID").Select(a => Lists.IdentifierSchemes.Accepts(a.Value))),
        // BR-RO-020: CIUS-RO's document types, split by document kind.
        new("BR-RO-020_1", root => Elements(root, Cbc + "InvoiceTypeCode")
            .Select(e => Lists.DocumentTypes.Accepts(e.Value) && Lists.InvoiceTypeCodes.Accepts(e.Value))),
        new("BR-RO-020_2", root => Elements(root, Cbc + "CreditNoteTypeCode")
            .Select(e => Lists.DocumentTypes.Accepts(e.Value) && Lists.CreditNoteTypeCodes.Accepts(e.Value))),
        // BR-RO-110/111: a Romanian seller's or buyer's BT-39 is an ISO 3166-2:RO code.
        new("BR-RO-110", root => [CountyAccepted(PostalAddress(root, "AccountingSupplierParty"))]),
        new("BR-RO-111", root => [CountyAccepted(PostalAddress(root, "AccountingCustomerParty"))]),
        // BR-RO-100/101: a Bucharest seller's or buyer's BT-37 is a SECTOR-RO code.
        new("BR-RO-100", root => [SectorAccepted(PostalAddress(root, "AccountingSupplierParty"))]),
        new("BR-RO-101", root => [SectorAccepted(PostalAddress(root, "AccountingCustomerParty"))]),
    ];

    [Fact]
    public void Code_list_rules_fire_exactly_where_the_official_validator_fired_them()
    {
        var corpus = TestPaths.Corpus;
        var disagreements = new List<string>();
        var firedAndAgreed = 0;
        var documents = 0;
        foreach (var (file, fired) in ExpectedVerdicts(corpus))
        {
            var root = TryLoad(Path.Combine(corpus, file));
            if (root is null) continue;
            documents++;
            foreach (var rule in Rules)
            {
                var ours = rule.Verdicts(root).Any(accepted => !accepted);
                var official = fired.Contains(rule.Id);
                if (ours != official) disagreements.Add($"{file}: {rule.Id} official {(official ? "fired" : "silent")}, ours {(ours ? "fired" : "silent")}");
                else if (ours) firedAndAgreed++;
            }
        }

        disagreements.ShouldBeEmpty();
        documents.ShouldBeGreaterThan(500);
        firedAndAgreed.ShouldBeGreaterThan(40);
    }

    private static IEnumerable<(string File, HashSet<string> Fired)> ExpectedVerdicts(string corpus)
    {
        var lines = File.ReadAllLines(Path.Combine(corpus, "expected.tsv"));
        var header = lines[0].Split('\t');
        var fileColumn = Array.IndexOf(header, "file");
        var firedColumn = Array.IndexOf(header, "ciusro_fired");
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            var fired = cells[firedColumn].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(entry => entry.Split(':')[0])
                .ToHashSet(StringComparer.Ordinal);
            yield return (cells[fileColumn], fired);
        }
    }

    private static XElement? TryLoad(string path)
    {
        try
        {
            return XDocument.Load(path).Root;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }

    private static IEnumerable<XElement> Elements(XElement root, XName name) => root.DescendantsAndSelf(name);

    private static IEnumerable<XElement> Children(XElement root, XName parent, XName child) =>
        root.DescendantsAndSelf(parent).Elements(child);

    private static IEnumerable<XAttribute> SchemeIds(XElement root, XName parent, XName child) =>
        Children(root, parent, child).Attributes("schemeID");

    private static bool IsSupplierOrPayee(XElement element) =>
        element.Name == Cac + "AccountingSupplierParty" || element.Name == Cac + "PayeeParty";

    // cac:AllowanceCharge[cbc:ChargeIndicator = true()/false()]: the text is cast to xs:boolean ("true", "1", "false", "0").
    private static IEnumerable<XElement> ReasonCodes(XElement root, bool isCharge) =>
        root.DescendantsAndSelf(Cac + "AllowanceCharge")
            .Where(charge => charge.Elements(Cbc + "ChargeIndicator").Any(indicator => AsBoolean(indicator.Value) == isCharge))
            .Elements(Cbc + "AllowanceChargeReasonCode");

    private static bool? AsBoolean(string text) => text.Trim() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };

    private static XElement? PostalAddress(XElement root, string partyRole) =>
        root.Element(Cac + partyRole)?.Element(Cac + "Party")?.Element(Cac + "PostalAddress");

    private static string NormalizedChild(XElement? address, XName name) =>
        string.Join(' ', (address?.Element(name)?.Value ?? "").Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static bool IsRomanian(XElement? address) =>
        NormalizedChild(address?.Element(Cac + "Country"), Cbc + "IdentificationCode") == "RO";

    private static bool CountyAccepted(XElement? address) =>
        !IsRomanian(address) || RomanianCounties.IsKnownCode(NormalizedChild(address, Cbc + "CountrySubentity"));

    private static bool SectorAccepted(XElement? address) =>
        !IsRomanian(address) || NormalizedChild(address, Cbc + "CountrySubentity") != RomanianCounties.BucharestCode
        || RomanianCounties.SectorCodes.Contains(NormalizedChild(address, Cbc + "CityName"));
}
