using Efactura.Validation.XPath;

namespace Efactura.Validation.Rules.Codes;

/// <summary>
/// Which copy of the code lists a rule set carries, and how it binds BR-CL-03 and BR-CL-23: ANAF's copy
/// (CEN 1.3.8 lists, both rules rewritten by ANAF to test every currencyID and unitCode attribute) or CEN 1.3.16.
/// </summary>
internal sealed record CodeListEdition(
    CodeList InvoiceTypes,
    CodeList CreditNoteTypes,
    CodeList Currencies,
    CodeList ReferenceSchemes,
    CodeList IcdSchemes,
    CodeList ItemClassifications,
    CodeList PaymentMeans,
    CodeList ChargeReasons,
    CodeList ExemptionReasons,
    CodeList EndpointSchemes,
    bool AttributeContexts)
{
    public static CodeListEdition Anaf { get; } = new(
        OfficialCodeLists.InvoiceTypesAnaf, OfficialCodeLists.CreditNoteTypesAnaf, OfficialCodeLists.CurrenciesAnaf,
        OfficialCodeLists.ReferenceSchemesAnaf, OfficialCodeLists.IcdSchemesAnaf, OfficialCodeLists.ItemClassificationsAnaf,
        OfficialCodeLists.PaymentMeansAnaf, OfficialCodeLists.ChargeReasonsAnaf, OfficialCodeLists.ExemptionReasonsAnaf,
        OfficialCodeLists.EndpointSchemesAnaf, AttributeContexts: true);

    public static CodeListEdition Cen { get; } = new(
        OfficialCodeLists.InvoiceTypesCen, OfficialCodeLists.CreditNoteTypesCen, OfficialCodeLists.CurrenciesCen,
        OfficialCodeLists.ReferenceSchemesCen, OfficialCodeLists.IcdSchemesCen, OfficialCodeLists.ItemClassificationsCen,
        OfficialCodeLists.PaymentMeansCen, OfficialCodeLists.ChargeReasonsCen, OfficialCodeLists.ExemptionReasonsCen,
        OfficialCodeLists.EndpointSchemesCen, AttributeContexts: false);
}
