using Efactura.Validation.Engine;
using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Model;

/// <summary>How a VAT category rule constrains the rate (BR-x-05, -06, -07).</summary>
internal enum RateRule
{
    /// <summary><c>xs:decimal(cbc:Percent) = 0</c>.</summary>
    Zero,

    /// <summary><c>not(cbc:Percent)</c>.</summary>
    Absent,

    /// <summary><c>(cbc:Percent) &gt; 0</c>.</summary>
    Positive,

    /// <summary><c>(cbc:Percent) &gt;= 0</c>.</summary>
    NotNegative,
}

/// <summary>How the breakdown's taxable amount is checked (BR-x-08).</summary>
internal enum BaseRule
{
    /// <summary>Equal to the category's line and document amounts, to the cent.</summary>
    Exact,

    /// <summary>Per rate, within one unit, when a line or allowance/charge of that category and rate exists (BR-S-08).</summary>
    PerRateWhenUsed,

    /// <summary>Per rate, within one unit, when the document has lines (BR-IG-08, BR-IP-08).</summary>
    PerRate,
}

/// <summary>
/// The four rules each VAT category has in the UBL-model pattern (breakdown, document allowance,
/// document charge, line), built from the category's code, id prefix and constraints. The official
/// text repeats them per category with small variations; those variations are the parameters here.
/// </summary>
internal sealed record VatCategoryFamily(string Code, string Prefix, RateRule Rate, BaseRule Base, bool RatedTax, bool ReasonRequired)
{
    public IEnumerable<Rule> Rules()
    {
        yield return new Rule("/*/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", IsThisVatCategory,
            new Assertion($"{Prefix}-08", (e, d) => BaseHolds(e, d)),
            new Assertion($"{Prefix}-09", (e, _) => RatedTax ? TaxWithinTolerance(e) : e.Parent!.Value.Decimal(Cbc.TaxAmount) == 0m),
            new Assertion($"{Prefix}-10", (e, _) => ReasonRequired
                ? e.Exists(Cbc.TaxExemptionReason) || e.Exists(Cbc.TaxExemptionReasonCode)
                : !e.Exists(Cbc.TaxExemptionReason) && !e.Exists(Cbc.TaxExemptionReasonCode)));
        yield return new Rule("cac:AllowanceCharge/cac:TaxCategory", e => e.Parent!.Value.ChargeIndicatorIs(false) && IsThisVatCategory(e),
            new Assertion($"{Prefix}-06", (e, _) => RateHolds(e)));
        yield return new Rule("cac:AllowanceCharge/cac:TaxCategory", e => e.Parent!.Value.ChargeIndicatorIs(true) && IsThisVatCategory(e),
            new Assertion($"{Prefix}-07", (e, _) => RateHolds(e)));
        yield return new Rule("cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory | cac:CreditNoteLine/cac:Item/cac:ClassifiedTaxCategory", IsThisVatCategory,
            new Assertion($"{Prefix}-05", (e, _) => RateHolds(e)));
    }

    private bool IsThisVatCategory(Element category) => category.IdIs(Code) && category.HasVatScheme();

    private bool RateHolds(Element category) => Rate switch
    {
        RateRule.Zero => category.Decimal(Cbc.Percent) == 0m,
        RateRule.Absent => !category.Exists(Cbc.Percent),
        RateRule.Positive => category.AnyNumber(p => p > 0, Cbc.Percent),
        _ => category.AnyNumber(p => p >= 0, Cbc.Percent),
    };

    private bool BaseHolds(Element category, UblDocument d)
    {
        var subtotal = category.Parent!.Value;
        var root = subtotal.Parent!.Value.Parent!.Value;
        if (Base == BaseRule.Exact)
        {
            var taxable = subtotal.Decimal(Cbc.TaxableAmount);
            return d.Descendants(Cac.InvoiceLine).Length > 0 && Steps.Same(taxable, TaxQueries.CategoryBase(root, Cac.InvoiceLine, Code, null))
                || d.Descendants(Cac.CreditNoteLine).Length > 0 && Steps.Same(taxable, TaxQueries.CategoryBase(root, Cac.CreditNoteLine, Code, null));
        }
        if (!category.Exists(Cbc.Percent)) return true;
        if (category.Decimal(Cbc.Percent) is not { } rate) return false;
        return RateBaseHolds(d, subtotal, root, Cac.InvoiceLine, rate) || RateBaseHolds(d, subtotal, root, Cac.CreditNoteLine, rate);
    }

    private bool RateBaseHolds(UblDocument d, Element subtotal, Element root, Name line, decimal rate)
    {
        var used = Base == BaseRule.PerRate
            ? d.Descendants(line).Length > 0
            : LineUses(d.Descendants(line), rate)
              || d.Descendants(Cac.AllowanceCharge).Any(a => a.ChildrenNamed(Cac.TaxCategory).Any(c => c.Normalized(Cbc.ID) == Code)
                                                          && a.ChildrenNamed(Cac.TaxCategory).Any(c => TaxQueries.RateIs(c, rate)));
        if (!used) return false;
        // (cbc:TaxableAmount - 1) is untyped arithmetic, so it is done in xs:double before the cast to xs:decimal.
        var taxable = subtotal.Number(Cbc.TaxableAmount);
        if (double.IsNaN(taxable)) return false;
        var sum = TaxQueries.CategoryBase(root, line, Code, rate);
        return sum is { } s && (decimal)(taxable - 1) < s && (decimal)(taxable + 1) > s;
    }

    /// <summary>Some line of this category has this rate (the lines of the category and rate exist).</summary>
    private bool LineUses(ElementList lines, decimal rate)
    {
        foreach (var l in lines)
        {
            if (TaxQueries.LineHasCategory(l, Code) && TaxQueries.LineHasRate(l, rate)) return true;
        }
        return false;
    }

    /// <summary>The tax amount within one unit of round(|taxable| × rate / 100, 2) (BR-S-09, BR-IG-09, BR-IP-09).</summary>
    private static bool TaxWithinTolerance(Element category)
    {
        var subtotal = category.Parent!.Value;
        if (subtotal.Decimal(Cbc.TaxAmount) is not { } tax || subtotal.Decimal(Cbc.TaxableAmount) is not { } taxable
            || category.Decimal(Cbc.Percent) is not { } percent) return false;
        var expected = XPathFunctions.RoundCents(Math.Abs(taxable) * (percent / 100m));
        return Math.Abs(tax) - 1 < expected && Math.Abs(tax) + 1 > expected;
    }
}
