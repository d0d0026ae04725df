using Efactura.Validation.Engine;
using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;
using static Efactura.Validation.Rules.Model.TaxQueries;

namespace Efactura.Validation.Rules.Model;

/// <summary>The asserts of the UBL-model rule on the document element (/ubl:Invoice | /cn:CreditNote), ANAF's copy or CEN 1.3.16.</summary>
internal static class DocumentLevel
{
    public static IEnumerable<Assertion> Assertions(bool cen)
    {
        bool Given(Element e, params ReadOnlySpan<Name> path) => e.Given(cen, path);
        yield return new("BR-01", (e, _) => Given(e, Cbc.CustomizationID));
        yield return new("BR-02", (e, _) => Given(e, Cbc.ID));
        yield return new("BR-03", (e, _) => Given(e, Cbc.IssueDate));
        yield return new("BR-04", (e, _) => Given(e, Cbc.InvoiceTypeCode) || Given(e, Cbc.CreditNoteTypeCode));
        yield return new("BR-05", (e, _) => Given(e, Cbc.DocumentCurrencyCode));
        yield return new("BR-06", (e, _) => Given(e, Cac.AccountingSupplierParty, Cac.Party, Cac.PartyLegalEntity, Cbc.RegistrationName));
        yield return new("BR-07", (e, _) => Given(e, Cac.AccountingCustomerParty, Cac.Party, Cac.PartyLegalEntity, Cbc.RegistrationName));
        yield return new("BR-08", (e, _) => e.Exists(Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress));
        yield return new("BR-10", (e, _) => e.Exists(Cac.AccountingCustomerParty, Cac.Party, Cac.PostalAddress));
        yield return new("BR-16", (e, _) => e.Exists(Cac.InvoiceLine) || e.Exists(Cac.CreditNoteLine));
        yield return new("BR-53", (e, d) => e.ChildrenNamed(Cbc.TaxCurrencyCode).All(c => TaxAmountIn(d, c.Value)));
        if (!cen)
        {
            yield return new("BR-66", (e, _) => e.Count(Cac.PaymentMeans, Cac.CardAccount) <= 1);
            yield return new("BR-67", (e, _) => e.Count(Cac.PaymentMeans, Cac.PaymentMandate) <= 1);
        }
        foreach (var assertion in Category("AE", "BR-AE", buyer: true)) yield return assertion;
        yield return new("BR-CO-03", (e, _) => !(e.Exists(Cbc.TaxPointDate) && e.Exists(Cac.InvoicePeriod, Cbc.DescriptionCode)));
        yield return new("BR-CO-15", (e, _) => e.ChildrenNamed(Cbc.DocumentCurrencyCode).All(c => TaxInclusiveHolds(e, c.Value)));
        yield return new("BR-CO-18", (e, _) => e.Exists(Cac.TaxTotal, Cac.TaxSubtotal));
        // The predicate [@currencyID = cbc:DocumentCurrencyCode] looks for a child of TaxAmount, never present: always true.
        yield return new("BR-DEC-13", (_, _) => true);
        yield return new("BR-DEC-15", (_, _) => true);
        foreach (var assertion in Category("E", "BR-E", buyer: false)) yield return assertion;
        yield return CountRule("G", "BR-G-01");
        yield return new("BR-G-02", (_, d) => !AnyCategory(d, Cac.ClassifiedTaxCategory, "G") || SellerVatId(d, vatScheme: true) || TaxRepresentativeVatId(d));
        yield return new("BR-G-03", (_, d) => ChargeCategories(d, false).Any(c => c.IdIs("G")) && (SellerVatId(d, true) || TaxRepresentativeVatId(d))
                                             || !ChargeCategories(d, false).Any(c => c.IdIs("G") && c.HasVatScheme()));
        yield return new("BR-G-04", (_, d) => ChargeCategories(d, true).Any(c => c.IdIs("G")) && (SellerVatId(d, true) || TaxRepresentativeVatId(d))
                                             || !ChargeCategories(d, true).Any(c => c.IdIs("G") && c.HasVatScheme()));
        yield return CountRule("K", "BR-IC-01");
        yield return new("BR-IC-02", (_, d) => !AnyCategory(d, Cac.ClassifiedTaxCategory, "K") || SellerOrRepresentative(d, true) && BuyerVatId(d));
        yield return new("BR-IC-03", (_, d) => !ChargeCategories(d, false).Any(c => IsVat(c, "K")) || SellerOrRepresentative(d, true) && BuyerVatId(d));
        yield return new("BR-IC-04", (_, d) => !ChargeCategories(d, true).Any(c => IsVat(c, "K")) || SellerOrRepresentative(d, true) && BuyerVatId(d));
        yield return new("BR-IC-11", (e, _) => BreakdownIdCount(e, "K") == 0
            || XPathFunctions.StringLength(e.Text(Cac.Delivery, Cbc.ActualDeliveryDate)) > 1
            || e.ChildrenNamed(Cac.InvoicePeriod).Any(p => p.Children.Count > 0));
        yield return new("BR-IC-12", (e, _) => BreakdownIdCount(e, "K") == 0
            || XPathFunctions.StringLength(e.Text(Cac.Delivery, Cac.DeliveryLocation, Cac.Address, Cac.Country, Cbc.IdentificationCode)) > 1);
        foreach (var assertion in RatedCategory("L", cen ? "BR-AF" : "BR-IG")) yield return assertion;
        foreach (var assertion in RatedCategory("M", cen ? "BR-AG" : "BR-IP")) yield return assertion;
        yield return CountRule("O", "BR-O-01");
        yield return new("BR-O-02", (_, d) => !AnyCategory(d, Cac.ClassifiedTaxCategory, "O") || NoVatIds(d));
        yield return new("BR-O-03", (e, d) => !DocumentCategories(e, false).Any(c => IsVat(c, "O")) || NoVatIds(d));
        yield return new("BR-O-04", (e, d) => !DocumentCategories(e, true).Any(c => IsVat(c, "O")) || NoVatIds(d));
        yield return new("BR-O-11", (e, _) => BreakdownIdCount(e, "O") == 0
            || BreakdownCategories(e).Count(c => c.HasVatScheme() && c.Normalized(Cbc.ID) != "O") == 0);
        yield return new("BR-O-12", (e, d) => BreakdownIdCount(e, "O") == 0
            || d.Descendants(Cac.ClassifiedTaxCategory).Count(c => c.HasVatScheme() && c.Normalized(Cbc.ID) != "O") == 0);
        yield return new("BR-O-13", (e, d) => BreakdownIdCount(e, "O") == 0
            || ChargeCategories(d, false).Count(c => c.HasVatScheme() && c.Normalized(Cbc.ID) != "O") == 0);
        yield return new("BR-O-14", (e, d) => BreakdownIdCount(e, "O") == 0
            || ChargeCategories(d, true).Count(c => c.HasVatScheme() && c.Normalized(Cbc.ID) != "O") == 0);
        yield return new("BR-S-01", (e, d) =>
        {
            var used = AllChargeCategories(d).Count(c => c.IdIs("S")) + CountCategory(d, Cac.ClassifiedTaxCategory, "S", vatScheme: false);
            var inBreakdown = BreakdownCategories(e).Count(c => c.IdIs("S"));
            return used > 0 && inBreakdown > 0 || used == 0 && inBreakdown == 0;
        });
        yield return new("BR-S-02", (_, d) => AnyCategory(d, Cac.ClassifiedTaxCategory, "S") && SellerOrRepresentative(d, false)
                                             || !AnyCategory(d, Cac.ClassifiedTaxCategory, "S", vatScheme: false));
        yield return new("BR-S-03", (_, d) => !ChargeCategories(d, false).Any(c => IsVat(c, "S")) || SellerOrRepresentative(d, false));
        yield return new("BR-S-04", (_, d) => !ChargeCategories(d, true).Any(c => IsVat(c, "S")) || SellerOrRepresentative(d, false));
        yield return CountRule("Z", "BR-Z-01");
        yield return new("BR-Z-02", (_, d) => !AnyCategory(d, Cac.ClassifiedTaxCategory, "Z") || SellerOrRepresentative(d, false));
        yield return new("BR-Z-03", (_, d) => !ChargeCategories(d, false).Any(c => IsVat(c, "Z")) || SellerOrRepresentative(d, false));
        yield return new("BR-Z-04", (_, d) => !ChargeCategories(d, true).Any(c => IsVat(c, "Z")) || SellerOrRepresentative(d, false));
        yield return new("BR-B-01", (_, d) => !AnyB(d) || !d.Descendants(Cbc.IdentificationCode).Any(c => c.Value != "IT"));
        yield return cen
            ? new("BR-B-02", (e, d) => !UsesCategory(e, d, "B") || !UsesCategory(e, d, "S"))
            : new("BR-B-02", (_, d) => !AnyB(d) || !(AnyRaw(d, Cac.TaxCategory, "S") || AnyRaw(d, Cac.ClassifiedTaxCategory, "S")));
    }

    /// <summary>BR-AE-01..04 and BR-E-01..04: presence in the breakdown, and the parties' VAT ids.</summary>
    private static IEnumerable<Assertion> Category(string code, string prefix, bool buyer)
    {
        yield return CountRule(code, prefix + "-01");
        bool Parties(UblDocument d) => SellerOrRepresentative(d, false) && (!buyer || BuyerVatId(d) || BuyerLegalId(d));
        yield return new(prefix + "-02", (_, d) => !AnyCategory(d, Cac.ClassifiedTaxCategory, code) || Parties(d));
        yield return new(prefix + "-03", (_, d) => !ChargeCategories(d, false).Any(c => IsVat(c, code)) || Parties(d));
        yield return new(prefix + "-04", (_, d) => !ChargeCategories(d, true).Any(c => IsVat(c, code)) || Parties(d));
    }

    /// <summary>BR-IG/IP-01..04 (categories L and M).</summary>
    private static IEnumerable<Assertion> RatedCategory(string code, string prefix)
    {
        yield return new(prefix + "-01", (e, d) =>
        {
            var used = AllChargeCategories(d).Count(c => IsVat(c, code)) + CountCategory(d, Cac.ClassifiedTaxCategory, code);
            // The first branch compares cbc:ID without normalizing (and, for L, without the VAT scheme), as written.
            var breakdownRaw = BreakdownCategories(e).Count(c => c.AnyEquals(code, Cbc.ID) && (code == "L" || c.HasVatScheme()));
            var breakdown = BreakdownCategories(e).Count(c => IsVat(c, code));
            return used > 0 && breakdownRaw > 0 || used == 0 && breakdown == 0;
        });
        yield return new(prefix + "-02", (_, d) => !AnyCategory(d, Cac.ClassifiedTaxCategory, code) || SellerOrRepresentative(d, false));
        yield return new(prefix + "-03", (_, d) => !ChargeCategories(d, false).Any(c => IsVat(c, code)) || SellerOrRepresentative(d, false));
        yield return new(prefix + "-04", (_, d) =>
            // The negated branch compares cbc:ID = 'L' without normalizing for L (BR-IG-04), normalized for M.
            !ChargeCategories(d, true).Any(c => (code == "L" ? c.AnyEquals(code, Cbc.ID) : c.IdIs(code)) && c.HasVatScheme())
            || ChargeCategories(d, true).Any(c => IsVat(c, code)) && SellerOrRepresentative(d, false));
    }

    /// <summary>BR-x-01: when the category is used anywhere (VAT scheme), the breakdown holds it exactly once.</summary>
    private static Assertion CountRule(string code, string id) => new(id, (e, d) =>
    {
        var used = AnyVatCategoryId(d, Cac.TaxCategory, code) || AnyVatCategoryId(d, Cac.ClassifiedTaxCategory, code);
        return used ? BreakdownIdCount(e, code) == 1 : true;
    });

    private static bool IsVat(Element category, string code) => category.IdIs(code) && category.HasVatScheme();

    private static bool SellerOrRepresentative(UblDocument d, bool sellerVatScheme) => SellerVatId(d, sellerVatScheme) || TaxRepresentativeVatId(d);

    private static bool NoVatIds(UblDocument d) => !SellerVatId(d, true) && !TaxRepresentativeVatId(d) && !BuyerVatId(d);

    private static IEnumerable<Element> DocumentCategories(Element root, bool charge) =>
        root.ChildrenNamed(Cac.AllowanceCharge).Where(a => a.ChargeIndicatorIs(charge)).SelectMany(a => a.ChildrenNamed(Cac.TaxCategory));

    private static bool AnyRaw(UblDocument d, Name container, string code) => CategoryTally.Of(d, container).AnyRaw(code);

    /// <summary>CEN's BR-B-02 reading: the code in the breakdown, a document allowance or charge, or any line category (as written).</summary>
    private static bool UsesCategory(Element root, UblDocument d, string code) =>
        root.Select(Cac.TaxTotal, Cac.TaxSubtotal, Cac.TaxCategory, Cbc.ID).Any(id => id.Value == code)
        || root.Select(Cac.AllowanceCharge, Cac.TaxCategory, Cbc.ID).Any(id => id.Value == code)
        || AnyRaw(d, Cac.ClassifiedTaxCategory, code);

    private static bool AnyB(UblDocument d) => AnyRaw(d, Cac.TaxCategory, "B") || AnyRaw(d, Cac.ClassifiedTaxCategory, "B");

    /// <summary>BR-53: some //cac:TaxTotal/cbc:TaxAmount has this currencyID.</summary>
    private static bool TaxAmountIn(UblDocument d, string currency) =>
        d.Descendants(Cac.TaxTotal).Any(t => t.ChildrenNamed(Cbc.TaxAmount).Any(a => a.Attribute("currencyID") == currency));

    /// <summary>BR-CO-15: one TaxTotal amount in the invoice currency, and total with VAT = total without VAT + that amount.</summary>
    private static bool TaxInclusiveHolds(Element root, string currency)
    {
        var amounts = root.Select(Cac.TaxTotal, Cbc.TaxAmount).Where(a => a.Attribute("currencyID") == currency).ToList();
        if (amounts.Count != 1 || XPathFunctions.Decimal(amounts[0].Value) is not { } tax) return false;
        var inclusive = root.Decimal(Cac.LegalMonetaryTotal, Cbc.TaxInclusiveAmount);
        var exclusive = root.Decimal(Cac.LegalMonetaryTotal, Cbc.TaxExclusiveAmount);
        return exclusive is { } ex && inclusive == XPathFunctions.RoundCents(ex + tax);
    }
}
