using Efactura.Validation.Xml;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>What an own rule sees: the parsed document, the profile it runs in and the caller's options.</summary>
internal sealed record OwnRuleContext(UblDocument Document, ValidationProfile Profile, InvoiceValidatorOptions Options)
{
    public Element Root => Document.Root;

    public Element? Seller => Root.First(Names.Cac.AccountingSupplierParty, Names.Cac.Party);

    public Element? Buyer => Root.First(Names.Cac.AccountingCustomerParty, Names.Cac.Party);

    /// <summary>
    /// The seller owes Romanian VAT and e-Factura: it is Romanian (address or RO VAT id), or it has a tax
    /// representative with a Romanian VAT id (a foreign seller registered for VAT in Romania).
    /// </summary>
    public bool SellerIsRomanianTaxable =>
        (Seller is { } seller && new RomanianParty(seller, IsSeller: true).IsRomanian)
        || XPath.XPathFunctions.NormalizeSpace(Root.Text(Names.Cac.TaxRepresentativeParty, Names.Cac.PartyTaxScheme, Names.Cbc.CompanyID)).StartsWith("RO", StringComparison.Ordinal);
}
