using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>
/// The seller or the buyer as the own rules read them: where its identifiers are, and the words and business
/// term ids that name them in messages.
/// </summary>
internal sealed record RomanianParty(Element Party, bool IsSeller)
{
    public string En => IsSeller ? "seller" : "buyer";

    public string Ro => IsSeller ? "vânzătorului" : "cumpărătorului";

    public string VatTerm => IsSeller ? "BT-31" : "BT-48";

    public string LegalTerm => IsSeller ? "BT-30" : "BT-47";

    public string CountyTerm => IsSeller ? "BT-39" : "BT-54";

    public static IEnumerable<RomanianParty> Both(OwnRuleContext context)
    {
        if (context.Seller is { } seller) yield return new RomanianParty(seller, IsSeller: true);
        if (context.Buyer is { } buyer) yield return new RomanianParty(buyer, IsSeller: false);
    }

    /// <summary>The VAT identifier (PartyTaxScheme with scheme VAT).</summary>
    public Element? VatId => TaxSchemeId(vat: true);

    /// <summary>The seller's tax registration identifier (BT-32: PartyTaxScheme with another scheme).</summary>
    public Element? TaxRegistrationId => TaxSchemeId(vat: false);

    public Element? LegalId => Party.First(Cac.PartyLegalEntity, Cbc.CompanyID);

    public IEnumerable<Element> Identifications => Party.Select(Cac.PartyIdentification, Cbc.ID);

    public Element? Address => Party.Child(Cac.PostalAddress);

    public string Country => Address is { } address ? address.Normalized(Cac.Country, Cbc.IdentificationCode) : "";

    /// <summary>The registration name, else the trading name.</summary>
    public string Name
    {
        get
        {
            var legal = Party.Normalized(Cac.PartyLegalEntity, Cbc.RegistrationName);
            return legal.Length > 0 ? legal : Party.Normalized(Cac.PartyName, Cbc.Name);
        }
    }

    /// <summary>Romanian: an address in RO, or a VAT id with the RO prefix.</summary>
    public bool IsRomanian => Country == "RO" || (VatId is { } vat && Text(vat).StartsWith("RO", StringComparison.Ordinal));

    public static string Text(Element element) => XPathFunctions.NormalizeSpace(element.Value);

    private Element? TaxSchemeId(bool vat)
    {
        foreach (var scheme in Party.ChildrenNamed(Cac.PartyTaxScheme))
        {
            var isVat = scheme.Normalized(Cac.TaxScheme, Cbc.ID) == "VAT";
            if (isVat == vat && scheme.Child(Cbc.CompanyID) is { } id) return id;
        }
        return null;
    }
}
