using System.Collections.Frozen;

namespace Efactura.Validation.Fields;

internal sealed partial class FieldPointers
{
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
        ["BR-CO-25"] = "cbc:DueDate",
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
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
