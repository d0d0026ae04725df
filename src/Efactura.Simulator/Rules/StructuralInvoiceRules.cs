using System.Xml.Linq;
using Efactura.Simulator.Protocol;

namespace Efactura.Simulator.Rules;

/// <summary>
/// The checks the simulator makes without the project's validator: the mandatory elements of
/// EN 16931 (BR-01 … BR-16) and the CIUS-RO specification identifier (BR-RO-001), with the official
/// assertion texts of ANAF's CIUS-RO 1.0.9 Schematron, reported in the form ANAF's validare uses. A CII document
/// (<c>standard=CII</c>) gets the same checks at the terms' CII syntax binding (EN 16931-3-3).
/// </summary>
public sealed class StructuralInvoiceRules : IInvoiceRules
{
    /// <summary>The CIUS-RO specification identifier required by BR-RO-001 (RO16931-rules.sch, $RO-CIUS-ID).</summary>
    public const string CiusRoCustomizationId = "urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1";

    private static readonly XNamespace Cbc = AnafNamespaces.Cbc;
    private static readonly XNamespace Cac = AnafNamespaces.Cac;
    private static readonly XNamespace Rsm = AnafNamespaces.CrossIndustryInvoice;
    private static readonly XNamespace Ram = AnafNamespaces.Ram;

    /// <inheritdoc />
    public InvoiceVerdict Check(ReadOnlyMemory<byte> document, UploadStandard standard)
    {
        if (standard is not (UploadStandard.UBL or UploadStandard.CN or UploadStandard.CII)) return InvoiceVerdict.Accepted;
        var root = SafeXml.Load(document).Root!;
        var failures = standard == UploadStandard.CII ? CiiFailures(root) : UblFailures(root);
        var errors = failures.Select(SchematronMessage.Format).ToList();
        return errors.Count == 0 ? InvoiceVerdict.Accepted : InvoiceVerdict.Rejected(errors);
    }

    private static IEnumerable<string> UblFailures(XElement root)
    {
        var customization = Text(root, Cbc + "CustomizationID");
        if (customization is null) yield return "[BR-01]-An Invoice shall have a Specification identifier (BT-24).";
        else if (customization != CiusRoCustomizationId) yield return BrRo001;
        if (Text(root, Cbc + "ID") is null) yield return "[BR-02]-An Invoice shall have an Invoice number (BT-1).";
        if (Text(root, Cbc + "IssueDate") is null) yield return "[BR-03]-An Invoice shall have an Invoice issue date (BT-2).";
        if (Text(root, Cbc + "InvoiceTypeCode") is null && Text(root, Cbc + "CreditNoteTypeCode") is null)
            yield return "[BR-04]-An Invoice shall have an Invoice type code (BT-3).";
        if (Text(root, Cbc + "DocumentCurrencyCode") is null) yield return "[BR-05]-An Invoice shall have an Invoice currency code (BT-5).";
        var seller = root.Element(Cac + "AccountingSupplierParty")?.Element(Cac + "Party");
        var buyer = root.Element(Cac + "AccountingCustomerParty")?.Element(Cac + "Party");
        if (RegistrationName(seller) is null) yield return "[BR-06]-An Invoice shall contain the Seller name (BT-27).";
        if (RegistrationName(buyer) is null) yield return "[BR-07]-An Invoice shall contain the Buyer name (BT-44).";
        if (seller?.Element(Cac + "PostalAddress") is null) yield return "[BR-08]-An Invoice shall contain the Seller postal address.";
        if (buyer?.Element(Cac + "PostalAddress") is null) yield return "[BR-10]-An Invoice shall contain the Buyer postal address (BG-8).";
        var totals = root.Element(Cac + "LegalMonetaryTotal");
        if (totals is not null)
        {
            if (totals.Element(Cbc + "LineExtensionAmount") is null) yield return "[BR-12]-An Invoice shall have the Sum of Invoice line net amount (BT-106).";
            if (totals.Element(Cbc + "TaxExclusiveAmount") is null) yield return "[BR-13]-An Invoice shall have the Invoice total amount without VAT (BT-109).";
            if (totals.Element(Cbc + "TaxInclusiveAmount") is null) yield return "[BR-14]-An Invoice shall have the Invoice total amount with VAT (BT-112).";
            if (totals.Element(Cbc + "PayableAmount") is null) yield return "[BR-15]-An Invoice shall have the Amount due for payment (BT-115).";
        }
        if (root.Element(Cac + "InvoiceLine") is null && root.Element(Cac + "CreditNoteLine") is null)
            yield return "[BR-16]-An Invoice shall have at least one Invoice line (BG-25)";
    }

    // The same terms at their CII binding: rsm:ExchangedDocumentContext, rsm:ExchangedDocument and the header trade
    // agreement (parties) and settlement (currency, totals) of rsm:SupplyChainTradeTransaction.
    private static IEnumerable<string> CiiFailures(XElement root)
    {
        var customization = Text(root.Element(Rsm + "ExchangedDocumentContext")?.Element(Ram + "GuidelineSpecifiedDocumentContextParameter"), Ram + "ID");
        if (customization is null) yield return "[BR-01]-An Invoice shall have a Specification identifier (BT-24).";
        else if (customization != CiusRoCustomizationId) yield return BrRo001;
        var document = root.Element(Rsm + "ExchangedDocument");
        if (Text(document, Ram + "ID") is null) yield return "[BR-02]-An Invoice shall have an Invoice number (BT-1).";
        if (document?.Element(Ram + "IssueDateTime")?.Value.Trim() is not { Length: > 0 }) yield return "[BR-03]-An Invoice shall have an Invoice issue date (BT-2).";
        if (Text(document, Ram + "TypeCode") is null) yield return "[BR-04]-An Invoice shall have an Invoice type code (BT-3).";
        var transaction = root.Element(Rsm + "SupplyChainTradeTransaction");
        var agreement = transaction?.Element(Ram + "ApplicableHeaderTradeAgreement");
        var settlement = transaction?.Element(Ram + "ApplicableHeaderTradeSettlement");
        if (Text(settlement, Ram + "InvoiceCurrencyCode") is null) yield return "[BR-05]-An Invoice shall have an Invoice currency code (BT-5).";
        var seller = agreement?.Element(Ram + "SellerTradeParty");
        var buyer = agreement?.Element(Ram + "BuyerTradeParty");
        if (Text(seller, Ram + "Name") is null) yield return "[BR-06]-An Invoice shall contain the Seller name (BT-27).";
        if (Text(buyer, Ram + "Name") is null) yield return "[BR-07]-An Invoice shall contain the Buyer name (BT-44).";
        if (seller?.Element(Ram + "PostalTradeAddress") is null) yield return "[BR-08]-An Invoice shall contain the Seller postal address.";
        if (buyer?.Element(Ram + "PostalTradeAddress") is null) yield return "[BR-10]-An Invoice shall contain the Buyer postal address (BG-8).";
        if (settlement?.Element(Ram + "SpecifiedTradeSettlementHeaderMonetarySummation") is { } totals)
        {
            if (totals.Element(Ram + "LineTotalAmount") is null) yield return "[BR-12]-An Invoice shall have the Sum of Invoice line net amount (BT-106).";
            if (totals.Element(Ram + "TaxBasisTotalAmount") is null) yield return "[BR-13]-An Invoice shall have the Invoice total amount without VAT (BT-109).";
            if (totals.Element(Ram + "GrandTotalAmount") is null) yield return "[BR-14]-An Invoice shall have the Invoice total amount with VAT (BT-112).";
            if (totals.Element(Ram + "DuePayableAmount") is null) yield return "[BR-15]-An Invoice shall have the Amount due for payment (BT-115).";
        }
        if (transaction?.Element(Ram + "IncludedSupplyChainTradeLineItem") is null) yield return "[BR-16]-An Invoice shall have at least one Invoice line (BG-25)";
    }

    // RO16931-rules.sch, BR-RO-001: the Romanian text, '#', the English text with $RO-CIUS-ID filled in.
    private const string BrRo001 =
        "[BR-RO-001]-Identificatorul specificatie (BT-24) trebuie sa corespunda sintactic cu valoarea precizata in Specificatii tehnice și de utilizare a elementelor de baza ale facturii electronice - RO_CIUS - și a regulilor operationale specifice aplicabile la nivel national. " +
        "#The specification identifier (BT-24) must syntactically correspond to the value specified in the Technical and Usage Specifications of the basic elements of the electronic invoice - RO_CIUS - and the specific operational rules applicable at national level(" +
        CiusRoCustomizationId + ").";

    private static string? RegistrationName(XElement? party) =>
        party?.Element(Cac + "PartyLegalEntity") is { } entity ? Text(entity, Cbc + "RegistrationName") : null;

    private static string? Text(XElement? parent, XName name) =>
        parent?.Element(name)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
