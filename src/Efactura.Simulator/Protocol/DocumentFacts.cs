using System.Globalization;
using System.Xml.Linq;
using Efactura.Simulator.State;

namespace Efactura.Simulator.Protocol;

/// <summary>Reads the parties' CIFs, the document number and a buyer message's answered index from an upload.</summary>
internal static class DocumentFacts
{
    private static readonly XNamespace Cbc = AnafNamespaces.Cbc;
    private static readonly XNamespace Cac = AnafNamespaces.Cac;

    /// <summary>The facts of a document already known to be well-formed.</summary>
    public static UploadFacts Read(byte[] document, UploadStandard standard)
    {
        var root = SafeXml.Load(document).Root!;
        return standard switch
        {
            UploadStandard.RASP => new UploadFacts(null, null, null,
                long.TryParse((string?)root.Attribute("index_incarcare"), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : null),
            UploadStandard.CII => Cii(root),
            _ => new UploadFacts(PartyCif(root.Element(Cac + "AccountingSupplierParty")), PartyCif(root.Element(Cac + "AccountingCustomerParty")),
                root.Element(Cbc + "ID")?.Value.Trim(), null),
        };
    }

    private static string? PartyCif(XElement? role)
    {
        var party = role?.Element(Cac + "Party");
        if (party is null) return null;
        var candidates = party.Elements(Cac + "PartyTaxScheme").Select(s => s.Element(Cbc + "CompanyID")?.Value)
            .Append(party.Element(Cac + "PartyLegalEntity")?.Element(Cbc + "CompanyID")?.Value)
            .Concat(party.Elements(Cac + "PartyIdentification").Select(i => i.Element(Cbc + "ID")?.Value));
        return candidates.Select(Digits).FirstOrDefault(d => d is not null);
    }

    private static UploadFacts Cii(XElement root)
    {
        string? Cif(string partyName) => root.Descendants().FirstOrDefault(e => e.Name.LocalName == partyName)?
            .Descendants().Where(e => e.Name.LocalName == "ID" && e.Parent?.Name.LocalName == "SpecifiedTaxRegistration")
            .Select(e => Digits(e.Value)).FirstOrDefault(d => d is not null);
        var number = root.Elements().FirstOrDefault(e => e.Name.LocalName == "ExchangedDocument")?
            .Elements().FirstOrDefault(e => e.Name.LocalName == "ID")?.Value.Trim();
        return new UploadFacts(Cif("SellerTradeParty"), Cif("BuyerTradeParty"), number, null);
    }

    /// <summary>A Romanian identifier's digits: "RO 123" → "123"; null when anything but digits remains.</summary>
    private static string? Digits(string? value)
    {
        if (value is null) return null;
        var compact = string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
        if (compact.StartsWith("RO", StringComparison.OrdinalIgnoreCase)) compact = compact[2..];
        return compact.Length > 0 && compact.All(char.IsAsciiDigit) ? compact : null;
    }
}
