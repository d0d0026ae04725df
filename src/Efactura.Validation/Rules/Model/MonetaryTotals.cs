using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Model;

/// <summary>
/// The calculation rules on the document totals (BR-CO-10 to BR-CO-17), in xs:decimal arithmetic with
/// the rules' own rounding: round(x * 10 * 10) div 100, halves up. A missing or non-decimal amount makes
/// the comparison false, as an empty sequence does in XPath.
/// </summary>
internal static class MonetaryTotals
{
    /// <summary>BR-CO-10: sum of line net amounts (BT-106) = Σ line net amounts (BT-131).</summary>
    public static bool LineTotalHolds(Element totals, UblDocument d)
    {
        // The sum of //cac:InvoiceLine/cbc:LineExtensionAmount and the same of credit note lines: the order of a sum of
        // decimals does not change it, so the two are summed apart (no merge into document order, no query).
        if (LineAmounts(d.Descendants(Cac.InvoiceLine)) is not { } invoiceLines) return false;
        if (LineAmounts(d.Descendants(Cac.CreditNoteLine)) is not { } creditNoteLines) return false;
        return totals.Decimal(Cbc.LineExtensionAmount) == XPathFunctions.RoundCents(invoiceLines + creditNoteLines);
    }

    /// <summary>The sum of the lines' cbc:LineExtensionAmount; null when one is not a decimal.</summary>
    private static decimal? LineAmounts(ElementList lines)
    {
        var total = 0m;
        foreach (var line in lines)
        {
            foreach (var amount in line.ChildrenNamed(Cbc.LineExtensionAmount))
            {
                if (XPathFunctions.Decimal(amount.Value) is not { } value) return null;
                total += value;
            }
        }
        return total;
    }

    /// <summary>BR-CO-11/12: the allowance (charge) total equals the sum of document allowances (charges), or both are absent.</summary>
    public static bool ChargeTotalHolds(Element totals, Name total, bool charge)
    {
        var charges = totals.Parent!.Value.ChildrenNamed(Cac.AllowanceCharge).Where(a => a.ChargeIndicatorIs(charge)).ToList();
        var sum = Steps.SumDecimals(charges.SelectMany(a => a.ChildrenNamed(Cbc.Amount)));
        if (sum is { } s && totals.Decimal(total) == XPathFunctions.RoundCents(s)) return true;
        return !totals.Exists(total) && charges.Count == 0;
    }

    /// <summary>BR-CO-13: total without VAT = line total − allowance total + charge total.</summary>
    public static bool TaxExclusiveHolds(Element totals)
    {
        var exclusive = totals.Decimal(Cbc.TaxExclusiveAmount);
        var lines = totals.Decimal(Cbc.LineExtensionAmount);
        var hasCharges = totals.Exists(Cbc.ChargeTotalAmount);
        var hasAllowances = totals.Exists(Cbc.AllowanceTotalAmount);
        var charges = totals.Decimal(Cbc.ChargeTotalAmount);
        var allowances = totals.Decimal(Cbc.AllowanceTotalAmount);
        return (hasCharges, hasAllowances) switch
        {
            (true, true) => Steps.Same(exclusive, Cents(lines + charges - allowances)),
            (false, true) => Steps.Same(exclusive, Cents(lines - allowances)),
            (true, false) => Steps.Same(exclusive, Cents(lines + charges)),
            _ => Steps.Same(exclusive, lines),
        };
    }

    /// <summary>BR-CO-16: amount due = total with VAT − paid amount + rounding amount.</summary>
    public static bool PayableHolds(Element totals)
    {
        var payable = totals.Decimal(Cbc.PayableAmount);
        var inclusive = totals.Decimal(Cbc.TaxInclusiveAmount);
        var prepaid = totals.Decimal(Cbc.PrepaidAmount);
        var rounding = totals.Decimal(Cbc.PayableRoundingAmount);
        return (totals.Exists(Cbc.PrepaidAmount), totals.Exists(Cbc.PayableRoundingAmount)) switch
        {
            (true, false) => Steps.Same(payable, Cents(inclusive - prepaid)),
            (false, false) => Steps.Same(payable, inclusive),
            (true, true) => Steps.Same(Cents(payable - rounding), Cents(inclusive - prepaid)),
            _ => Steps.Same(Cents(payable - rounding), inclusive),
        };
    }

    /// <summary>
    /// BR-CO-17: the category tax amount is within one unit of round(|taxable| × rate / 100, 2), or zero
    /// when the rate rounds to zero or is absent.
    /// </summary>
    public static bool SubtotalTaxHolds(Element subtotal)
    {
        // A nullable projection first: FirstOrDefault of the elements themselves would give a default handle, not null.
        var category = subtotal.ChildrenNamed(Cac.TaxCategory).Where(c => c.HasVatScheme()).Select(c => (Element?)c).FirstOrDefault();
        var tax = subtotal.Decimal(Cbc.TaxAmount);
        var percent = category?.Decimal(Cbc.Percent);
        if (percent is null) return category?.Exists(Cbc.Percent) != true && tax is { } t0 && XPathFunctions.Round(t0) == 0;
        if (XPathFunctions.Round(percent.Value) == 0) return tax is { } t && XPathFunctions.Round(t) == 0;
        if (tax is not { } amount || subtotal.Decimal(Cbc.TaxableAmount) is not { } taxable) return false;
        var expected = XPathFunctions.Round(Math.Abs(taxable) * (percent.Value / 100m) * 100m) / 100m;
        return Math.Abs(amount) - 1 < expected && Math.Abs(amount) + 1 > expected;
    }

    private static decimal? Cents(decimal? value) => value is { } v ? XPathFunctions.RoundCents(v) : null;
}
