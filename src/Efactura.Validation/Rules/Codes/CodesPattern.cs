using Efactura.Validation.Engine;
using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;
using static Efactura.Validation.XPath.OfficialCodeLists;

namespace Efactura.Validation.Rules.Codes;

/// <summary>
/// The pattern "Codesmodel" (codelist/EN16931-UBL-codes.sch): every coded value checked against its inline
/// code list (BR-CL-*), in the official rule order.
/// </summary>
internal static class CodesPattern
{
    private static readonly HashSet<string> MimeCodes =
    [
        "application/pdf", "image/png", "image/jpeg", "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.spreadsheet",
    ];

    public static Pattern Create(CodeListEdition lists)
    {
        var rules = new List<Rule>
        {
            new("cbc:InvoiceTypeCode | cbc:CreditNoteTypeCode", new Assertion("BR-CL-01", (e, _) =>
                e.Is(Cbc.InvoiceTypeCode) && lists.InvoiceTypes.Contains(e.Value) || e.Is(Cbc.CreditNoteTypeCode) && lists.CreditNoteTypes.Contains(e.Value))),
        };
        if (!lists.AttributeContexts)
        {
            rules.Add(new Rule(
                "cbc:Amount | cbc:BaseAmount | cbc:PriceAmount | cbc:TaxAmount | cbc:TaxableAmount | cbc:LineExtensionAmount | cbc:TaxExclusiveAmount | "
                + "cbc:TaxInclusiveAmount | cbc:AllowanceTotalAmount | cbc:ChargeTotalAmount | cbc:PrepaidAmount | cbc:PayableRoundingAmount | cbc:PayableAmount",
                new Assertion("BR-CL-03", (e, _) => lists.Currencies.Contains(e.Attribute("currencyID")))));
        }
        rules.AddRange(
        [
            new Rule("cbc:DocumentCurrencyCode", new Assertion("BR-CL-04", (e, _) => lists.Currencies.Contains(e.Value))),
            new Rule("cbc:TaxCurrencyCode", new Assertion("BR-CL-05", (e, _) => lists.Currencies.Contains(e.Value))),
            new Rule("cac:InvoicePeriod/cbc:DescriptionCode", new Assertion("BR-CL-06", (e, _) => PeriodDescriptionCodes.Contains(e.Value))),
            new Rule("cac:AdditionalDocumentReference/cbc:ID | cac:DocumentReference/cbc:ID",
                e => e.HasAttribute("schemeID") && e.Parent!.Value.AnyEquals("130", Cbc.DocumentTypeCode),
                new Assertion("BR-CL-07", (e, _) => lists.ReferenceSchemes.Contains(e.Attribute("schemeID")))),
            new Rule("cac:PartyIdentification/cbc:ID", e => e.HasAttribute("schemeID"), new Assertion("BR-CL-10", (e, _) =>
                lists.IcdSchemes.Contains(e.Attribute("schemeID"))
                || Sepa.Contains(e.Attribute("schemeID")) && (e.HasAncestor(Cac.AccountingSupplierParty) || e.HasAncestor(Cac.PayeeParty)))),
            new Rule("cac:PartyLegalEntity/cbc:CompanyID", e => e.HasAttribute("schemeID"),
                new Assertion("BR-CL-11", (e, _) => lists.IcdSchemes.Contains(e.Attribute("schemeID")))),
            new Rule("cac:CommodityClassification/cbc:ItemClassificationCode", e => e.HasAttribute("listID"),
                new Assertion("BR-CL-13", (e, _) => lists.ItemClassifications.Contains(e.Attribute("listID")))),
            new Rule("cac:Country/cbc:IdentificationCode", new Assertion("BR-CL-14", (e, _) => Countries.Contains(e.Value))),
            new Rule("cac:OriginCountry/cbc:IdentificationCode", new Assertion("BR-CL-15", (e, _) => Countries.Contains(e.Value))),
            new Rule("cac:PaymentMeans/cbc:PaymentMeansCode", new Assertion("BR-CL-16", (e, _) => lists.PaymentMeans.Contains(e.Value))),
            new Rule("cac:TaxCategory/cbc:ID", new Assertion("BR-CL-17", (e, _) => VatCategories.Contains(e.Value))),
            new Rule("cac:ClassifiedTaxCategory/cbc:ID", new Assertion("BR-CL-18", (e, _) => VatCategories.Contains(e.Value))),
            new Rule("cac:AllowanceCharge/cbc:AllowanceChargeReasonCode", e => e.Parent!.Value.ChargeIndicatorIs(false),
                new Assertion("BR-CL-19", (e, _) => AllowanceReasons.Contains(e.Value))),
            new Rule("cac:AllowanceCharge/cbc:AllowanceChargeReasonCode", e => e.Parent!.Value.ChargeIndicatorIs(true),
                new Assertion("BR-CL-20", (e, _) => lists.ChargeReasons.Contains(e.Value))),
            new Rule("cac:StandardItemIdentification/cbc:ID", e => e.HasAttribute("schemeID"),
                new Assertion("BR-CL-21", (e, _) => lists.IcdSchemes.Contains(e.Attribute("schemeID")))),
            new Rule("cbc:TaxExemptionReasonCode", new Assertion("BR-CL-22", (e, _) => lists.ExemptionReasons.ContainsUpperCased(e.Value))),
        ]);
        if (!lists.AttributeContexts)
        {
            rules.Add(new Rule("cbc:InvoicedQuantity | cbc:BaseQuantity | cbc:CreditedQuantity", e => e.HasAttribute("unitCode"),
                new Assertion("BR-CL-23", (e, _) => Units.Contains(e.Attribute("unitCode")))));
        }
        rules.AddRange(
        [
            new Rule("cbc:EmbeddedDocumentBinaryObject", e => e.HasAttribute("mimeCode"),
                new Assertion("BR-CL-24", (e, _) => MimeCodes.Contains(e.Attribute("mimeCode")!))),
            new Rule("cbc:EndpointID", e => e.HasAttribute("schemeID"), new Assertion("BR-CL-25", (e, _) => lists.EndpointSchemes.Contains(e.Attribute("schemeID")))),
            new Rule("cac:DeliveryLocation/cbc:ID", e => e.HasAttribute("schemeID"), new Assertion("BR-CL-26", (e, _) => lists.IcdSchemes.Contains(e.Attribute("schemeID")))),
        ]);
        AttributeRule[] attributeRules = lists.AttributeContexts
            ?
            [
                // ANAF's edit: every currencyID and every unitCode in the document, wherever it is.
                new AttributeRule("currencyID", "BR-CL-03", value => lists.Currencies.Contains(value)),
                new AttributeRule("unitCode", "BR-CL-23", value => Units.Contains(value)),
            ]
            : [];
        return new Pattern("Codesmodel", rules, attributeRules);
    }
}
