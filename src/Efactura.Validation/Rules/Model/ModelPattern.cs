using Efactura.Validation.Engine;
using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;
using static Efactura.Validation.Rules.Model.TaxQueries;

namespace Efactura.Validation.Rules.Model;

/// <summary>
/// The pattern "UBL-model" (abstract/EN16931-model.sch bound by UBL/EN16931-UBL-model.sch): the EN 16931
/// business rules BR-*, BR-CO-*, BR-DEC-* and the VAT category rules, in the official rule order. ANAF's copy
/// (CIUS-RO 1.0.9, the CEN 1.3.8 rules) by default; with <c>cen: true</c> CEN 1.3.16, which normalizes the
/// texts it requires, drops BR-CO-25, BR-66 and BR-67, keeps BR-27 on the line and names L and M BR-AF and BR-AG.
/// </summary>
internal static class ModelPattern
{
    private static VatCategoryFamily[] Categories(bool cen) =>
    [
        new("AE", "BR-AE", RateRule.Zero, BaseRule.Exact, RatedTax: false, ReasonRequired: true),
        new("E", "BR-E", RateRule.Zero, BaseRule.Exact, RatedTax: false, ReasonRequired: true),
        new("G", "BR-G", RateRule.Zero, BaseRule.Exact, RatedTax: false, ReasonRequired: true),
        new("K", "BR-IC", RateRule.Zero, BaseRule.Exact, RatedTax: false, ReasonRequired: true),
        new("L", cen ? "BR-AF" : "BR-IG", RateRule.NotNegative, BaseRule.PerRate, RatedTax: true, ReasonRequired: false),
        new("M", cen ? "BR-AG" : "BR-IP", RateRule.NotNegative, BaseRule.PerRate, RatedTax: true, ReasonRequired: false),
        new("O", "BR-O", RateRule.Absent, BaseRule.Exact, RatedTax: false, ReasonRequired: true),
        new("S", "BR-S", RateRule.Positive, BaseRule.PerRateWhenUsed, RatedTax: true, ReasonRequired: false),
        new("Z", "BR-Z", RateRule.Zero, BaseRule.Exact, RatedTax: false, ReasonRequired: false),
    ];

    public static Pattern Create(bool cen = false) => new("UBL-model", [.. Rules(cen)]);

    private static IEnumerable<Rule> Rules(bool cen)
    {
        bool Given(Element e, params ReadOnlySpan<Name> path) => e.Given(cen, path);

        yield return new Rule("cac:AdditionalDocumentReference", new Assertion("BR-52", (e, _) => Given(e, Cbc.ID)));
        if (!cen)
        {
            yield return new Rule("/ubl:Invoice/cac:LegalMonetaryTotal/cbc:PayableAmount", new Assertion("BR-CO-25", (e, d) =>
            {
                var amount = XPathFunctions.Double(e.Value);
                return amount > 0 && (d.Descendants(Cbc.DueDate).Length > 0 || d.Descendants(Cac.PaymentTerms).Any(t => t.Exists(Cbc.Note))) || amount <= 0;
            }));
        }
        yield return new Rule("cac:AccountingCustomerParty/cac:Party/cbc:EndpointID", new Assertion("BR-63", (e, _) => e.HasAttribute("schemeID")));
        yield return new Rule("cac:AccountingCustomerParty/cac:Party/cac:PostalAddress", new Assertion("BR-11", (e, _) => Given(e, Cac.Country, Cbc.IdentificationCode)));
        yield return cen
            ? new Rule("cac:PaymentMeans/cac:CardAccount/cbc:PrimaryAccountNumberID", new Assertion("BR-51", (e, _) => XPathFunctions.NormalizedLength(e.Value) <= 10))
            : new Rule("cac:PaymentMeans/cac:CardAccount", new Assertion("BR-51", (e, _) => XPathFunctions.StringLength(e.Text(Cbc.PrimaryAccountNumberID)) <= 10));
        yield return new Rule("cac:Delivery/cac:DeliveryLocation/cac:Address", new Assertion("BR-57", (e, _) => e.Exists(Cac.Country, Cbc.IdentificationCode)));
        yield return new Rule("/ubl:Invoice/cac:AllowanceCharge | /cn:CreditNote/cac:AllowanceCharge", e => e.ChargeIndicatorIs(false),
            new Assertion("BR-31", (e, _) => e.Exists(Cbc.Amount)),
            new Assertion("BR-32", (e, _) => e.ChildrenNamed(Cac.TaxCategory).Any(c => c.HasVatScheme() && c.Exists(Cbc.ID))),
            new Assertion("BR-33", (e, _) => HasReason(e)),
            new Assertion("BR-CO-05", (_, _) => true),
            new Assertion("BR-CO-21", (e, _) => HasReason(e)),
            new Assertion("BR-DEC-01", (e, _) => e.AtMostTwoDecimals(Cbc.Amount)),
            new Assertion("BR-DEC-02", (e, _) => e.AtMostTwoDecimals(Cbc.BaseAmount)));
        yield return new Rule("/ubl:Invoice/cac:AllowanceCharge | /cn:CreditNote/cac:AllowanceCharge", e => e.ChargeIndicatorIs(true),
            new Assertion("BR-36", (e, _) => e.Exists(Cbc.Amount)),
            new Assertion("BR-37", (e, _) => e.ChildrenNamed(Cac.TaxCategory).Any(c => c.HasVatScheme() && c.Exists(Cbc.ID))),
            new Assertion("BR-38", (e, _) => HasReason(e)),
            new Assertion("BR-CO-06", (_, _) => true),
            new Assertion("BR-CO-22", (e, _) => HasReason(e)),
            new Assertion("BR-DEC-05", (e, _) => e.AtMostTwoDecimals(Cbc.Amount)),
            new Assertion("BR-DEC-06", (e, _) => e.AtMostTwoDecimals(Cbc.BaseAmount)));
        yield return new Rule("cac:LegalMonetaryTotal",
            new Assertion("BR-12", (e, _) => e.Exists(Cbc.LineExtensionAmount)),
            new Assertion("BR-13", (e, _) => e.Exists(Cbc.TaxExclusiveAmount)),
            new Assertion("BR-14", (e, _) => e.Exists(Cbc.TaxInclusiveAmount)),
            new Assertion("BR-15", (e, _) => e.Exists(Cbc.PayableAmount)),
            new Assertion("BR-CO-10", (e, d) => MonetaryTotals.LineTotalHolds(e, d)),
            new Assertion("BR-CO-11", (e, _) => MonetaryTotals.ChargeTotalHolds(e, Cbc.AllowanceTotalAmount, charge: false)),
            new Assertion("BR-CO-12", (e, _) => MonetaryTotals.ChargeTotalHolds(e, Cbc.ChargeTotalAmount, charge: true)),
            new Assertion("BR-CO-13", (e, _) => MonetaryTotals.TaxExclusiveHolds(e)),
            new Assertion("BR-CO-16", (e, _) => MonetaryTotals.PayableHolds(e)),
            new Assertion("BR-DEC-09", (e, _) => e.AtMostTwoDecimals(Cbc.LineExtensionAmount)),
            new Assertion("BR-DEC-10", (e, _) => e.AtMostTwoDecimals(Cbc.AllowanceTotalAmount)),
            new Assertion("BR-DEC-11", (e, _) => e.AtMostTwoDecimals(Cbc.ChargeTotalAmount)),
            new Assertion("BR-DEC-12", (e, _) => e.AtMostTwoDecimals(Cbc.TaxExclusiveAmount)),
            new Assertion("BR-DEC-14", (e, _) => e.AtMostTwoDecimals(Cbc.TaxInclusiveAmount)),
            new Assertion("BR-DEC-16", (e, _) => e.AtMostTwoDecimals(Cbc.PrepaidAmount)),
            new Assertion("BR-DEC-17", (e, _) => e.AtMostTwoDecimals(Cbc.PayableRoundingAmount)),
            new Assertion("BR-DEC-18", (e, _) => e.AtMostTwoDecimals(Cbc.PayableAmount)));
        yield return new Rule("/ubl:Invoice | /cn:CreditNote", [.. DocumentLevel.Assertions(cen)]);
        yield return new Rule("cac:InvoiceLine | cac:CreditNoteLine", [.. LineAssertions(cen)]);
        yield return new Rule("cac:InvoiceLine/cac:AllowanceCharge | cac:CreditNoteLine/cac:AllowanceCharge", e => e.ChargeIndicatorIs(false),
            new Assertion("BR-41", (e, _) => e.Exists(Cbc.Amount)),
            new Assertion("BR-42", (e, _) => HasReason(e)),
            new Assertion("BR-CO-07", (_, _) => true),
            new Assertion("BR-CO-23", (e, _) => HasReason(e)),
            new Assertion("BR-DEC-24", (e, _) => e.AtMostTwoDecimals(Cbc.Amount)),
            new Assertion("BR-DEC-25", (e, _) => e.AtMostTwoDecimals(Cbc.BaseAmount)));
        yield return new Rule("cac:InvoiceLine/cac:AllowanceCharge | cac:CreditNoteLine/cac:AllowanceCharge", e => e.ChargeIndicatorIs(true),
            new Assertion("BR-43", (e, _) => e.Exists(Cbc.Amount)),
            new Assertion("BR-44", (e, _) => HasReason(e)),
            new Assertion("BR-CO-08", (_, _) => true),
            new Assertion("BR-CO-24", (e, _) => HasReason(e)),
            new Assertion("BR-DEC-27", (e, _) => e.AtMostTwoDecimals(Cbc.Amount)),
            new Assertion("BR-DEC-28", (e, _) => e.AtMostTwoDecimals(Cbc.BaseAmount)));
        yield return new Rule("cac:InvoiceLine/cac:InvoicePeriod | cac:CreditNoteLine/cac:InvoicePeriod",
            new Assertion("BR-30", PeriodInOrder),
            new Assertion("BR-CO-20", (e, _) => e.Exists(Cbc.StartDate) || e.Exists(Cbc.EndDate)));
        yield return new Rule("cac:InvoicePeriod",
            new Assertion("BR-29", PeriodInOrder),
            new Assertion("BR-CO-19", (e, _) => e.Exists(Cbc.StartDate) || e.Exists(Cbc.EndDate) || e.Exists(Cbc.DescriptionCode)));
        yield return new Rule("cac:AdditionalItemProperty", new Assertion("BR-54", (e, _) => e.Exists(Cbc.Name) && e.Exists(Cbc.Value)));
        yield return new Rule("cac:InvoiceLine/cac:Item/cac:CommodityClassification/cbc:ItemClassificationCode | cac:CreditNoteLine/cac:Item/cac:CommodityClassification/cbc:ItemClassificationCode",
            new Assertion("BR-65", (e, _) => e.HasAttribute("listID")));
        yield return new Rule("cac:InvoiceLine/cac:Item/cac:StandardItemIdentification/cbc:ID | cac:CreditNoteLine/cac:Item/cac:StandardItemIdentification/cbc:ID",
            new Assertion("BR-64", (e, _) => e.HasAttribute("schemeID")));
        yield return new Rule("/ubl:Invoice/cbc:Note | /cn:CreditNote/cbc:Note", new Assertion("BR-CL-08", (e, _) => NoteSubjectHolds(e.Value)));
        yield return new Rule("cac:PayeeParty", new Assertion("BR-17", (e, _) =>
        {
            var supplier = e.Parent!.Value.Select(Cac.AccountingSupplierParty, Cac.Party);
            var supplierNames = supplier.SelectMany(p => p.Select(Cac.PartyName, Cbc.Name)).Select(n => n.Value).ToHashSet(StringComparer.Ordinal);
            var supplierIds = supplier.SelectMany(p => p.Select(Cac.PartyIdentification, Cbc.ID)).Select(n => n.Value).ToHashSet(StringComparer.Ordinal);
            return e.Exists(Cac.PartyName, Cbc.Name)
                && !e.Select(Cac.PartyName, Cbc.Name).Any(n => supplierNames.Contains(n.Value))
                && !e.Select(Cac.PartyIdentification, Cbc.ID).Any(n => supplierIds.Contains(n.Value));
        }));
        yield return new Rule("cac:PaymentMeans/cac:PayeeFinancialAccount", e => e.Parent!.Value.AnyEquals("30", Cbc.PaymentMeansCode) || e.Parent!.Value.AnyEquals("58", Cbc.PaymentMeansCode),
            new Assertion("BR-50", (e, _) => Given(e, Cbc.ID)));
        yield return new Rule("cac:PaymentMeans",
            new Assertion("BR-49", (e, _) => e.Exists(Cbc.PaymentMeansCode)),
            new Assertion("BR-61", (e, _) =>
            {
                var code = e.Normalized(Cbc.PaymentMeansCode);
                return e.Exists(Cac.PayeeFinancialAccount, Cbc.ID) && code is "30" or "58" || code != "30" && code != "58";
            }));
        yield return new Rule("cac:BillingReference", new Assertion("BR-55", (e, _) => e.Exists(Cac.InvoiceDocumentReference, Cbc.ID)));
        yield return new Rule("cac:AccountingSupplierParty", new Assertion("BR-CO-26", (e, _) =>
            e.Select(Cac.Party, Cac.PartyTaxScheme).Any(s => s.HasVatScheme() && s.Exists(Cbc.CompanyID))
            || e.Select(Cac.Party, Cac.PartyIdentification, Cbc.ID).Any(id => !cen || id.Attribute("schemeID") != "SEPA")
            || e.Exists(Cac.Party, Cac.PartyLegalEntity, Cbc.CompanyID)));
        yield return new Rule("cac:AccountingSupplierParty/cac:Party/cbc:EndpointID", new Assertion("BR-62", (e, _) => e.HasAttribute("schemeID")));
        yield return new Rule("cac:AccountingSupplierParty/cac:Party/cac:PostalAddress", new Assertion("BR-09", (e, _) => Given(e, Cac.Country, Cbc.IdentificationCode)));
        yield return new Rule("cac:TaxRepresentativeParty",
            new Assertion("BR-18", (e, _) => Given(e, Cac.PartyName, Cbc.Name)),
            new Assertion("BR-19", (e, _) => e.Exists(Cac.PostalAddress)),
            new Assertion("BR-56", (e, _) => e.ChildrenNamed(Cac.PartyTaxScheme).Any(s => s.HasVatScheme() && s.Exists(Cbc.CompanyID))));
        yield return new Rule("cac:TaxRepresentativeParty/cac:PostalAddress", new Assertion("BR-20", (e, _) => Given(e, Cac.Country, Cbc.IdentificationCode)));
        yield return new Rule("/ubl:Invoice/cac:TaxTotal | /cn:CreditNote/cac:TaxTotal", new Assertion("BR-CO-14", (e, _) =>
        {
            if (!e.Exists(Cac.TaxSubtotal)) return true;
            var sum = Steps.SumDecimals(e.Select(Cac.TaxSubtotal, Cbc.TaxAmount));
            return sum is { } s && e.Decimal(Cbc.TaxAmount) == XPathFunctions.RoundCents(s);
        }));
        yield return new Rule("cac:TaxTotal/cac:TaxSubtotal",
            new Assertion("BR-45", (e, _) => e.Exists(Cbc.TaxableAmount)),
            new Assertion("BR-46", (e, _) => e.Exists(Cbc.TaxAmount)),
            new Assertion("BR-47", (e, _) => e.ChildrenNamed(Cac.TaxCategory).Any(c => c.HasVatScheme() && c.Exists(Cbc.ID))),
            new Assertion("BR-48", (e, _) => e.ChildrenNamed(Cac.TaxCategory).Any(c => c.HasVatScheme() && c.Exists(Cbc.Percent))
                                             || e.ChildrenNamed(Cac.TaxCategory).Any(c => c.HasVatScheme() && c.Normalized(Cbc.ID) == "O")),
            new Assertion("BR-CO-17", (e, _) => MonetaryTotals.SubtotalTaxHolds(e)),
            new Assertion("BR-DEC-19", (e, _) => e.AtMostTwoDecimals(Cbc.TaxableAmount)),
            new Assertion("BR-DEC-20", (e, _) => e.AtMostTwoDecimals(Cbc.TaxAmount)));
        yield return new Rule("cac:PartyTaxScheme", e => e.HasVatScheme(), new Assertion("BR-CO-09", (e, _) =>
        {
            var id = e.Text(Cbc.CompanyID) ?? "";
            var prefix = id.Length >= 2 ? id[..2] : id;
            return OfficialCodeLists.VatCountryPrefixesText.Contains(prefix, StringComparison.Ordinal);
        }));
        foreach (var category in Categories(cen))
        {
            foreach (var rule in category.Rules()) yield return rule;
        }
    }

    private static IEnumerable<Assertion> LineAssertions(bool cen)
    {
        bool Given(Element e, params ReadOnlySpan<Name> path) => e.Given(cen, path);
        yield return new("BR-21", (e, _) => Given(e, Cbc.ID));
        yield return new("BR-22", (e, _) => e.Exists(Cbc.InvoicedQuantity) || e.Exists(Cbc.CreditedQuantity));
        yield return new("BR-23", (e, _) => AnyWithUnit(e, Cbc.InvoicedQuantity) || AnyWithUnit(e, Cbc.CreditedQuantity));
        yield return new("BR-24", (e, _) => e.Exists(Cbc.LineExtensionAmount));
        yield return new("BR-25", (e, _) => Given(e, Cac.Item, Cbc.Name));
        yield return new("BR-26", (e, _) => e.Exists(Cac.Price, Cbc.PriceAmount));
        // ANAF moved BR-27 to its own pattern, on every PriceAmount (see RoModelPattern).
        if (cen) yield return new("BR-27", (e, _) => e.AnyNumber(p => p >= 0, Cac.Price, Cbc.PriceAmount));
        yield return new("BR-28", (e, _) => e.AnyNumber(b => b >= 0, Cac.Price, Cac.AllowanceCharge, Cbc.BaseAmount)
                                            || !e.Exists(Cac.Price, Cac.AllowanceCharge, Cbc.BaseAmount));
        yield return new("BR-CO-04", (e, _) => AnyVatCategoryWithId(e));
        yield return new("BR-DEC-23", (e, _) => e.AtMostTwoDecimals(Cbc.LineExtensionAmount));
    }

    private static bool AnyWithUnit(Element line, Name quantity)
    {
        foreach (var q in line.ChildrenNamed(quantity))
        {
            if (q.HasAttribute("unitCode")) return true;
        }
        return false;
    }

    private static bool AnyVatCategoryWithId(Element line)
    {
        foreach (var category in line.Along(Cac.Item, Cac.ClassifiedTaxCategory))
        {
            if (category.HasVatScheme() && category.Exists(Cbc.ID)) return true;
        }
        return false;
    }

    private static bool HasReason(Element e) => e.Exists(Cbc.AllowanceChargeReason) || e.Exists(Cbc.AllowanceChargeReasonCode);

    /// <summary>
    /// BR-29/30: <c>xs:date(cbc:EndDate) &gt;= xs:date(cbc:StartDate)</c> when both are present. Dates compare by the instant
    /// they start, so time zones count (a date without one starts in the implicit time zone); a value that is not a date
    /// is a dynamic error in XPath, which fires the assert here.
    /// </summary>
    private static bool PeriodInOrder(Element period, UblDocument document)
    {
        if (!period.Exists(Cbc.StartDate) || !period.Exists(Cbc.EndDate)) return true;
        return XsDate.Cast(period.Text(Cbc.StartDate)) is { } start
            && XsDate.Cast(period.Text(Cbc.EndDate)) is { } end
            && end.CompareTo(start, document.ImplicitTimezone) >= 0;
    }

    /// <summary>BR-CL-08: a note starting with a #XXX# subject code uses a UNCL 4451 code.</summary>
    private static bool NoteSubjectHolds(string note)
    {
        var first = note.IndexOf('#', StringComparison.Ordinal);
        if (first < 0) return true;
        var rest = note[(first + 1)..];
        var second = rest.IndexOf('#', StringComparison.Ordinal);
        var subject = second < 0 ? "" : rest[..second];
        if (XPathFunctions.StringLength(subject) != 3) return true;
        return OfficialCodeLists.TextSubjectsText.Contains(subject, StringComparison.Ordinal);
    }
}
