using System.Collections.Frozen;
using System.Xml.Linq;

namespace Efactura.Ubl.Tests;

/// <summary>
/// The order of the children of every element the writer produces, transcribed from the UBL 2.1 XSDs
/// (maindoc/UBL-Invoice-2.1.xsd, maindoc/UBL-CreditNote-2.1.xsd, common/UBL-CommonAggregateComponents-2.1.xsd),
/// restricted to the children EN 16931 uses. A parent is keyed by its own name, or for the shared names
/// by its parent too (cac:Party/cac:PartyName vs cac:DeliveryParty/cac:PartyName have the same type).
/// </summary>
internal static class UblSequence
{
    private static readonly string[] Party =
        ["EndpointID", "PartyIdentification", "PartyName", "PostalAddress", "PartyTaxScheme", "PartyLegalEntity", "Contact"];

    private static readonly string[] Address =
        ["StreetName", "AdditionalStreetName", "CityName", "PostalZone", "CountrySubentity", "AddressLine", "Country"];

    private static readonly string[] TaxCategory = ["ID", "Percent", "TaxExemptionReasonCode", "TaxExemptionReason", "TaxScheme"];

    private static readonly string[] AllowanceCharge =
        ["ChargeIndicator", "AllowanceChargeReasonCode", "AllowanceChargeReason", "MultiplierFactorNumeric", "Amount", "BaseAmount", "TaxCategory"];

    private static readonly string[] Line =
        ["ID", "Note", "InvoicedQuantity", "CreditedQuantity", "LineExtensionAmount", "AccountingCost", "InvoicePeriod",
         "OrderLineReference", "DocumentReference", "AllowanceCharge", "Item", "Price"];

    private static readonly FrozenDictionary<string, string[]> Children = new Dictionary<string, string[]>
    {
        ["Invoice"] =
        [
            "CustomizationID", "ProfileID", "ID", "IssueDate", "DueDate", "InvoiceTypeCode", "Note", "TaxPointDate",
            "DocumentCurrencyCode", "TaxCurrencyCode", "AccountingCost", "BuyerReference", "InvoicePeriod", "OrderReference",
            "BillingReference", "DespatchDocumentReference", "ReceiptDocumentReference", "OriginatorDocumentReference",
            "ContractDocumentReference", "AdditionalDocumentReference", "ProjectReference", "AccountingSupplierParty",
            "AccountingCustomerParty", "PayeeParty", "TaxRepresentativeParty", "Delivery", "PaymentMeans", "PaymentTerms",
            "AllowanceCharge", "TaxTotal", "LegalMonetaryTotal", "InvoiceLine",
        ],
        ["CreditNote"] =
        [
            "CustomizationID", "ProfileID", "ID", "IssueDate", "TaxPointDate", "CreditNoteTypeCode", "Note",
            "DocumentCurrencyCode", "TaxCurrencyCode", "AccountingCost", "BuyerReference", "InvoicePeriod", "OrderReference",
            "BillingReference", "DespatchDocumentReference", "ReceiptDocumentReference", "ContractDocumentReference",
            "AdditionalDocumentReference", "OriginatorDocumentReference", "AccountingSupplierParty", "AccountingCustomerParty",
            "PayeeParty", "TaxRepresentativeParty", "Delivery", "PaymentMeans", "PaymentTerms", "AllowanceCharge", "TaxTotal",
            "LegalMonetaryTotal", "CreditNoteLine",
        ],
        ["InvoicePeriod"] = ["StartDate", "EndDate", "DescriptionCode"],
        ["OrderReference"] = ["ID", "SalesOrderID"],
        ["BillingReference"] = ["InvoiceDocumentReference"],
        ["InvoiceDocumentReference"] = ["ID", "IssueDate"],
        ["DespatchDocumentReference"] = ["ID"],
        ["ReceiptDocumentReference"] = ["ID"],
        ["OriginatorDocumentReference"] = ["ID"],
        ["ContractDocumentReference"] = ["ID"],
        ["ProjectReference"] = ["ID"],
        ["AdditionalDocumentReference"] = ["ID", "DocumentTypeCode", "DocumentDescription", "Attachment"],
        ["DocumentReference"] = ["ID", "DocumentTypeCode"],
        ["Attachment"] = ["EmbeddedDocumentBinaryObject", "ExternalReference"],
        ["ExternalReference"] = ["URI"],
        ["AccountingSupplierParty"] = ["Party"],
        ["AccountingCustomerParty"] = ["Party"],
        ["Party"] = Party,
        ["PayeeParty"] = Party,
        ["TaxRepresentativeParty"] = Party,
        ["DeliveryParty"] = Party,
        ["PartyIdentification"] = ["ID"],
        ["PartyName"] = ["Name"],
        ["PostalAddress"] = Address,
        ["Address"] = Address,
        ["AddressLine"] = ["Line"],
        ["Country"] = ["IdentificationCode"],
        ["OriginCountry"] = ["IdentificationCode"],
        ["PartyTaxScheme"] = ["CompanyID", "TaxScheme"],
        ["TaxScheme"] = ["ID"],
        ["PartyLegalEntity"] = ["RegistrationName", "CompanyID", "CompanyLegalForm"],
        ["Contact"] = ["Name", "Telephone", "ElectronicMail"],
        ["Delivery"] = ["ActualDeliveryDate", "DeliveryLocation", "DeliveryParty"],
        ["DeliveryLocation"] = ["ID", "Address"],
        ["PaymentMeans"] = ["PaymentMeansCode", "PaymentDueDate", "PaymentID", "CardAccount", "PayeeFinancialAccount", "PaymentMandate"],
        ["CardAccount"] = ["PrimaryAccountNumberID", "NetworkID", "HolderName"],
        ["PayeeFinancialAccount"] = ["ID", "Name", "FinancialInstitutionBranch"],
        ["FinancialInstitutionBranch"] = ["ID"],
        ["PaymentMandate"] = ["ID", "PayerFinancialAccount"],
        ["PayerFinancialAccount"] = ["ID"],
        ["PaymentTerms"] = ["Note"],
        ["AllowanceCharge"] = AllowanceCharge,
        ["TaxCategory"] = TaxCategory,
        ["ClassifiedTaxCategory"] = TaxCategory,
        ["TaxTotal"] = ["TaxAmount", "TaxSubtotal"],
        ["TaxSubtotal"] = ["TaxableAmount", "TaxAmount", "TaxCategory"],
        ["LegalMonetaryTotal"] =
        [
            "LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "AllowanceTotalAmount", "ChargeTotalAmount",
            "PrepaidAmount", "PayableRoundingAmount", "PayableAmount",
        ],
        ["InvoiceLine"] = Line,
        ["CreditNoteLine"] = Line,
        ["OrderLineReference"] = ["LineID"],
        ["Item"] =
        [
            "Description", "Name", "BuyersItemIdentification", "SellersItemIdentification", "StandardItemIdentification",
            "OriginCountry", "CommodityClassification", "ClassifiedTaxCategory", "AdditionalItemProperty",
        ],
        ["BuyersItemIdentification"] = ["ID"],
        ["SellersItemIdentification"] = ["ID"],
        ["StandardItemIdentification"] = ["ID"],
        ["CommodityClassification"] = ["ItemClassificationCode"],
        ["AdditionalItemProperty"] = ["Name", "Value"],
        ["Price"] = ["PriceAmount", "BaseQuantity", "AllowanceCharge"],
    }.ToFrozenDictionary();

    /// <summary>Every place where an element is unknown to its parent's sequence or comes before a sibling it must follow.</summary>
    public static IEnumerable<string> Violations(XDocument document)
    {
        foreach (var parent in document.Descendants().Where(e => e.HasElements))
        {
            var name = parent.Name.LocalName;
            if (!Children.TryGetValue(name, out var sequence))
            {
                yield return $"{Path(parent)} is not an aggregate the writer should produce";
                continue;
            }
            var previous = -1;
            foreach (var child in parent.Elements())
            {
                var position = Array.IndexOf(sequence, child.Name.LocalName);
                if (position < 0) yield return $"{Path(child)} is not a child of {name} in the UBL 2.1 sequence";
                else if (position < previous) yield return $"{Path(child)} comes after {sequence[previous]}, against the UBL 2.1 sequence";
                else previous = position;
            }
        }
    }

    private static string Path(XElement element) =>
        string.Join('/', element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName));
}
