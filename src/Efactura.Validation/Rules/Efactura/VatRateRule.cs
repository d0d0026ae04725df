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
        foreach (var (category, owner) in Places(context.Root))
        {
            if (category.Normalized(Cbc.ID) != "S" || category.Child(Cbc.Percent) is not { } percent) continue;
            if (XPathFunctions.Decimal(percent.Value) is not { } rate || VatRates.IsValid(rate, day)) continue;
            var (what, whatRo, term) = Describe(owner);
            yield return Finding(percent, rate, day, dateTerm, what, whatRo, term);
        }
    }

    /// <summary>What holds the category, in both languages, and the business term of its rate.</summary>
    private static (string What, string WhatRo, string Term) Describe(Element owner)
    {
        if (owner.Is(Cac.InvoiceLine) || owner.Is(Cac.CreditNoteLine))
        {
            var id = owner.Normalized(Cbc.ID);
            return ($"line {id}", $"Linia {id}", "BT-152");
        }
        if (!owner.Is(Cac.AllowanceCharge)) return ("VAT breakdown", "Defalcarea TVA", "BT-119");
        return owner.Normalized(Cbc.ChargeIndicator) == "true"
            ? ("document charge", "Taxa suplimentară la nivelul documentului", "BT-103")
            : ("document allowance", "Deducerea la nivelul documentului", "BT-96");
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

    /// <summary>Every category with the element that holds it: a line, a document allowance or charge, a breakdown subtotal.</summary>
    private static IEnumerable<(Element Category, Element Owner)> Places(Element root)
    {
        foreach (var line in root.Children)
        {
            if (!line.Is(Cac.InvoiceLine) && !line.Is(Cac.CreditNoteLine)) continue;
            foreach (var item in line.ChildrenNamed(Cac.Item))
            {
                foreach (var category in item.ChildrenNamed(Cac.ClassifiedTaxCategory)) yield return (category, line);
            }
        }
        foreach (var allowanceCharge in root.ChildrenNamed(Cac.AllowanceCharge))
        {
            foreach (var category in allowanceCharge.ChildrenNamed(Cac.TaxCategory)) yield return (category, allowanceCharge);
        }
        foreach (var subtotal in root.Select(Cac.TaxTotal, Cac.TaxSubtotal))
        {
            foreach (var category in subtotal.ChildrenNamed(Cac.TaxCategory)) yield return (category, subtotal);
        }
    }
}
