using Efactura.Core.CodeLists;
using Efactura.Core.Findings;
using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>
/// EF-VAT-RATE-UNUSUAL: a category S rate on a line (BT-152), a document allowance or charge (BT-96 / BT-103)
/// or the VAT breakdown (BT-119) that is not a Romanian rate (<see cref="VatRates"/>) on the VAT date: the tax
/// point date (BT-7), else the issue date (BT-2). Only for a Romanian seller or tax representative.
/// </summary>
internal sealed class VatRateRule : IOwnRule
{
    public IEnumerable<Finding> Check(OwnRuleContext context)
    {
        if (!context.SellerIsRomanianTaxable) yield break;
        var (date, dateTerm) = VatDate(context.Root);
        if (date is not { } day || day < VatRates.EarliestDate) yield break;
        foreach (var (category, what, whatRo, term) in Places(context.Root))
        {
            if (category.Normalized(Cbc.ID) != "S" || category.Child(Cbc.Percent) is not { } percent) continue;
            if (XPathFunctions.Decimal(percent.Value) is not { } rate || VatRates.IsValid(rate, day)) continue;
            yield return Finding(percent, rate, day, dateTerm, what, whatRo, term);
        }
    }

    private static Finding Finding(Element percent, decimal rate, DateOnly day, string dateTerm, string what, string whatRo, string term)
    {
        var rates = VatRates.Rates(day);
        var dateName = dateTerm == "BT-7" ? "tax point date" : "issue date";
        var dateNameRo = dateTerm == "BT-7" ? "data exigibilității TVA" : "data emiterii";
        return OwnRules.Warning(EfacturaRuleIds.VatRate, percent,
            $"The standard-rated {what} has VAT rate {Numbers.Show(rate)}% ({term}), which Romania did not have on {Numbers.Show(day)} (the {dateName}, {dateTerm}); the rates then were {Numbers.Rates(rates, "and")}.",
            $"{whatRo} cu cota standard are cota de TVA {Numbers.Show(rate)}% ({term}), pe care România nu o avea la {Numbers.Show(day)} ({dateNameRo}, {dateTerm}); cotele de atunci erau {Numbers.Rates(rates, "și")}.",
            $"Use {Numbers.Rates(rates, "or")}; if the supply took place on an earlier date, give that date as the tax point date (BT-7).");
    }

    private static (DateOnly? Date, string Term) VatDate(Element root) =>
        Numbers.Date(root.Text(Cbc.TaxPointDate)) is { } taxPoint ? (taxPoint, "BT-7") : (Numbers.Date(root.Text(Cbc.IssueDate)), "BT-2");

    private static IEnumerable<(Element Category, string What, string WhatRo, string Term)> Places(Element root)
    {
        foreach (var line in root.Children)
        {
            if (!line.Is(Cac.InvoiceLine) && !line.Is(Cac.CreditNoteLine)) continue;
            var id = line.Normalized(Cbc.ID);
            foreach (var category in line.Select(Cac.Item, Cac.ClassifiedTaxCategory))
                yield return (category, $"line {id}", $"Linia {id}", "BT-152");
        }
        foreach (var allowanceCharge in root.ChildrenNamed(Cac.AllowanceCharge))
        {
            var charge = allowanceCharge.Normalized(Cbc.ChargeIndicator) == "true";
            foreach (var category in allowanceCharge.ChildrenNamed(Cac.TaxCategory))
                yield return (category, charge ? "document charge" : "document allowance", charge ? "Taxa suplimentară la nivelul documentului" : "Deducerea la nivelul documentului", charge ? "BT-103" : "BT-96");
        }
        foreach (var category in root.Select(Cac.TaxTotal, Cac.TaxSubtotal, Cac.TaxCategory))
            yield return (category, "VAT breakdown", "Defalcarea TVA", "BT-119");
    }
}
