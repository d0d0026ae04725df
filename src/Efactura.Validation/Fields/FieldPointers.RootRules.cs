using System.Collections.Frozen;
using Efactura.Core.Json;

namespace Efactura.Validation.Fields;

internal sealed partial class FieldPointers
{
    /// <summary>
    /// Rules about a business term the XML may not hold at all, checked on an unrelated context (BR-CO-25 on the amount
    /// due) or on the document as a whole (the VAT identifiers a VAT category needs): the JSON member to fill in or
    /// change, chosen from what the invoice lacks; null for every other rule.
    /// </summary>
    private string? RuleField(string code) => code switch
    {
        // An amount is due: a due date (BT-9) or payment terms (BT-20); the due date is the one field that settles it.
        "BR-CO-25" => "/" + InvoiceFields.DueDate,
        // The seller's VAT identifier (or its tax representative's) that categories S, Z, E, G, K and AE need.
        "BR-S-02" or "BR-S-03" or "BR-S-04" or "BR-Z-02" or "BR-Z-03" or "BR-Z-04" or "BR-E-02" or "BR-E-03" or "BR-E-04"
            or "BR-G-02" or "BR-G-03" or "BR-G-04" => SellerVatNumber(),
        // ... and the buyer's VAT identifier (AE also accepts its legal registration), whichever is missing.
        "BR-AE-02" or "BR-AE-03" or "BR-AE-04" or "BR-IC-02" or "BR-IC-03" or "BR-IC-04" =>
            HasSellerVatId() ? Pointer.Member("/" + InvoiceFields.Customer, PartyFields.VatNumber) : SellerVatNumber(),
        // Outside the scope of VAT: no VAT identifier may be given; the first one that is.
        "BR-O-02" or "BR-O-03" or "BR-O-04" => !string.IsNullOrEmpty(invoice.Seller.VatIdentifier) ? SellerVatNumber()
            : !string.IsNullOrEmpty(invoice.Buyer.VatIdentifier) ? Pointer.Member("/" + InvoiceFields.Customer, PartyFields.VatNumber)
            : invoice.SellerTaxRepresentative is not null ? Pointer.Member("/" + InvoiceFields.TaxRepresentative, ComponentFields.VatNumber)
            : SellerVatNumber(),
        // An intra-community supply: when the goods were delivered, and where to.
        "BR-IC-11" => Pointer.Member("/" + InvoiceFields.Delivery, ComponentFields.Date),
        "BR-IC-12" => Pointer.Member(Pointer.Member("/" + InvoiceFields.Delivery, ComponentFields.Address), AddressFields.Country),
        "BR-CO-03" => "/" + InvoiceFields.VatPointDateCode,
        "BR-RO-001" => "/" + InvoiceFields.CustomizationId,
        "BR-RO-A020" => "/" + InvoiceFields.Notes,
        // The VAT breakdown and the totals are computed from the lines' categories and rates: the lines are the input.
        "BR-CO-15" or "BR-CO-18" or "BR-S-01" or "BR-O-11" or "BR-O-12" or "BR-O-13" or "BR-O-14" or "BR-B-01" or "BR-B-02" => "/" + InvoiceFields.Lines,
        _ => null,
    };

    private bool HasSellerVatId() =>
        !string.IsNullOrEmpty(invoice.Seller.VatIdentifier) || !string.IsNullOrEmpty(invoice.SellerTaxRepresentative?.VatIdentifier);

    private static string SellerVatNumber() => Pointer.Member("/" + InvoiceFields.Supplier, PartyFields.VatNumber);

    /// <summary>
    /// Rules whose context is a container (the document, a line) but whose test is about one business term: the path,
    /// under the context the finding names, of the element the finding is really about, so that it points at the
    /// field to fill in or change rather than at the whole line or document.
    /// </summary>
    private static readonly FrozenDictionary<string, string> RuleTargets = new Dictionary<string, string>
    {
        ["BR-01"] = "cbc:CustomizationID",
        ["BR-02"] = "cbc:ID",
        ["BR-03"] = "cbc:IssueDate",
        ["BR-04"] = "cbc:InvoiceTypeCode",
        ["BR-05"] = "cbc:DocumentCurrencyCode",
        ["BR-06"] = "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName",
        ["BR-07"] = "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName",
        ["BR-08"] = "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress",
        ["BR-10"] = "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress",
        ["BR-16"] = "cac:InvoiceLine",
        ["BR-53"] = "cac:TaxTotal[2]",
        ["BR-RO-010"] = "cbc:ID",
        ["BR-RO-030"] = "cbc:TaxCurrencyCode",
        ["BR-RO-065"] = "cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme",
        ["BR-RO-081"] = "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:StreetName",
        ["BR-RO-082"] = "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:StreetName",
        ["BR-RO-091"] = "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:CityName",
        ["BR-RO-092"] = "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CityName",
        ["BR-RO-100"] = "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:CityName",
        ["BR-RO-101"] = "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CityName",
        ["BR-RO-110"] = "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:CountrySubentity",
        ["BR-RO-111"] = "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CountrySubentity",
        ["BR-RO-120"] = "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID",
        [EfacturaRuleIds.PublicBuyerOrderReference] = "cac:OrderReference",
        // Line context (cac:InvoiceLine | cac:CreditNoteLine).
        ["BR-21"] = "cbc:ID",
        ["BR-22"] = "cbc:InvoicedQuantity",
        ["BR-23"] = "cbc:InvoicedQuantity/@unitCode",
        ["BR-25"] = "cac:Item/cbc:Name",
        ["BR-26"] = "cac:Price/cbc:PriceAmount",
        ["BR-27"] = "cac:Price/cbc:PriceAmount",
        ["BR-28"] = "cac:Price/cac:AllowanceCharge/cbc:BaseAmount",
        ["BR-CO-04"] = "cac:Item/cac:ClassifiedTaxCategory/cbc:ID",
        // Document allowance and charge context.
        ["BR-31"] = "cbc:Amount",
        ["BR-32"] = "cac:TaxCategory/cbc:ID",
        ["BR-33"] = "cbc:AllowanceChargeReason",
        ["BR-36"] = "cbc:Amount",
        ["BR-37"] = "cac:TaxCategory/cbc:ID",
        ["BR-38"] = "cbc:AllowanceChargeReason",
        // Line allowance and charge context.
        ["BR-41"] = "cbc:Amount",
        ["BR-42"] = "cbc:AllowanceChargeReason",
        ["BR-43"] = "cbc:Amount",
        ["BR-44"] = "cbc:AllowanceChargeReason",
        // CIUS-RO maximum lengths (BR-RO-L...) checked on the document: the field whose text is too long.
        ["BR-RO-L0201"] = "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:PostalZone",
        ["BR-RO-L0202"] = "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:PostalZone",
        ["BR-RO-L0203"] = "cac:TaxRepresentativeParty/cac:PostalAddress/cbc:PostalZone",
        ["BR-RO-L0204"] = "cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:PostalZone",
        ["BR-RO-L155"] = "cbc:ID",
        ["BR-RO-L0302"] = "cac:ContractDocumentReference/cbc:ID",
        ["BR-RO-L0303"] = "cac:OrderReference/cbc:ID",
        ["BR-RO-L0304"] = "cac:OrderReference/cbc:SalesOrderID",
        ["BR-RO-L0305"] = "cac:ReceiptDocumentReference/cbc:ID",
        ["BR-RO-L0306"] = "cac:DespatchDocumentReference/cbc:ID",
        ["BR-RO-L0307"] = "cac:OriginatorDocumentReference/cbc:ID",
        ["BR-RO-L0501"] = "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:CityName",
        ["BR-RO-L0502"] = "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:CityName",
        ["BR-RO-L0503"] = "cac:TaxRepresentativeParty/cac:PostalAddress/cbc:CityName",
        ["BR-RO-L0504"] = "cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:CityName",
        ["BR-RO-L1001"] = "cbc:AccountingCost",
        ["BR-RO-L1002"] = "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:AdditionalStreetName",
        ["BR-RO-L1003"] = "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cac:AddressLine/cbc:Line",
        ["BR-RO-L1004"] = "cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:Name",
        ["BR-RO-L1005"] = "cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:Telephone",
        ["BR-RO-L1006"] = "cac:AccountingSupplierParty/cac:Party/cac:Contact/cbc:ElectronicMail",
        ["BR-RO-L1007"] = "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:AdditionalStreetName",
        ["BR-RO-L1008"] = "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:AddressLine/cbc:Line",
        ["BR-RO-L1009"] = "cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:Name",
        ["BR-RO-L1010"] = "cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:Telephone",
        ["BR-RO-L1011"] = "cac:AccountingCustomerParty/cac:Party/cac:Contact/cbc:ElectronicMail",
        ["BR-RO-L1012"] = "cac:TaxRepresentativeParty/cac:PostalAddress/cbc:AdditionalStreetName",
        ["BR-RO-L1013"] = "cac:TaxRepresentativeParty/cac:PostalAddress/cac:AddressLine/cbc:Line",
        ["BR-RO-L1014"] = "cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:AdditionalStreetName",
        ["BR-RO-L1015"] = "cac:Delivery/cac:DeliveryLocation/cac:Address/cac:AddressLine/cbc:Line",
        ["BR-RO-L151"] = "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress/cbc:StreetName",
        ["BR-RO-L152"] = "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cbc:StreetName",
        ["BR-RO-L153"] = "cac:TaxRepresentativeParty/cac:PostalAddress/cbc:StreetName",
        ["BR-RO-L154"] = "cac:Delivery/cac:DeliveryLocation/cac:Address/cbc:StreetName",
        ["BR-RO-L201"] = "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName",
        ["BR-RO-L202"] = "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name",
        ["BR-RO-L203"] = "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName",
        ["BR-RO-L204"] = "cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name",
        ["BR-RO-L205"] = "cac:PayeeParty/cac:PartyName/cbc:Name",
        ["BR-RO-L206"] = "cac:TaxRepresentativeParty/cac:PartyName/cbc:Name",
        ["BR-RO-L207"] = "cac:Delivery/cac:DeliveryParty/cac:PartyName/cbc:Name",
        ["BR-RO-L301"] = "cac:PaymentTerms/cbc:Note",
        ["BR-RO-L1000"] = "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalForm",
        // ... on a payment means (BG-16).
        ["BR-RO-L208"] = "cac:PayeeFinancialAccount/cbc:Name",
        ["BR-RO-L209"] = "cac:CardAccount/cbc:HolderName",
        ["BR-RO-L1016"] = "cbc:PaymentMeansCode/@name",
        ["BR-RO-L140"] = "cbc:PaymentID",
        // ... on a line (BG-25).
        ["BR-RO-L1024"] = "cac:Item/cbc:Name",
        ["BR-RO-L1021"] = "cbc:AccountingCost",
        ["BR-RO-L212"] = "cac:Item/cbc:Description",
        ["BR-RO-L303"] = "cbc:Note",
        // ... on an item attribute (BG-32), a document or line allowance or charge.
        ["BR-RO-L0505"] = "cbc:Name",
        ["BR-RO-L1025"] = "cbc:Value",
        ["BR-RO-L1017"] = "cbc:AllowanceChargeReasonCode",
        ["BR-RO-L1018"] = "cbc:AllowanceChargeReasonCode",
        ["BR-RO-L1022"] = "cbc:AllowanceChargeReason",
        ["BR-RO-L1023"] = "cbc:AllowanceChargeReason",
        // ... on a supporting document (BG-24), a preceding invoice (BG-3), a VAT breakdown (BG-23): ANAF's BR-RO-L1019 reads
        // cbc:TaxExemptionReason under cac:TaxSubtotal, where UBL has none; the reason (BT-120) is under its category.
        ["BR-RO-L0308"] = "cbc:ID",
        ["BR-RO-L1020"] = "cbc:DocumentDescription",
        ["BR-RO-L210"] = "cac:Attachment/cac:ExternalReference/cbc:URI",
        ["BR-RO-L211"] = "cac:Attachment/cbc:EmbeddedDocumentBinaryObject/@filename",
        ["BR-RO-L156"] = "cac:InvoiceDocumentReference/cbc:ID",
        ["BR-RO-L1019"] = "cac:TaxCategory/cbc:TaxExemptionReason",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
