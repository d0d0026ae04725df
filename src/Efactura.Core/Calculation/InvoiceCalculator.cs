using System.Collections.Immutable;
using Efactura.Core.Model;

namespace Efactura.Core.Calculation;

/// <summary>
/// Computes line net amounts, the VAT breakdown and the document totals the way EN 16931 defines them
/// (BR-CO-10..BR-CO-16, BR-S-08/09 and their siblings): line net = round(quantity × net price ÷ base
/// quantity − allowances + charges, 2); VAT per category and rate = round(taxable × rate ÷ 100, 2);
/// totals are sums of rounded amounts.
/// </summary>
public static class InvoiceCalculator
{
    /// <summary>The line net amount (BT-131) from quantity, price and line allowances and charges.</summary>
    public static decimal LineNetAmount(decimal quantity, Price price, IEnumerable<AllowanceCharge> allowanceCharges)
    {
        var gross = LineAmountBeforeAllowances(quantity, price);
        var adjustments = allowanceCharges.Sum(ac => ac.IsCharge ? Money.Round(ac.Amount) : -Money.Round(ac.Amount));
        return Money.RoundToScale(gross + adjustments);
    }

    /// <summary>
    /// Quantity × net price ÷ base quantity, rounded: the line amount before line allowances and charges,
    /// and the base their percentages apply to (BT-137 / BT-142).
    /// </summary>
    public static decimal LineAmountBeforeAllowances(decimal quantity, Price price)
    {
        var baseQuantity = price.BaseQuantity is { } b && b != 0m ? b : 1m;
        return Money.Round(quantity * price.NetAmount / baseQuantity);
    }

    /// <summary>
    /// The VAT breakdown (BG-23): one entry per VAT category and rate present on lines or document level
    /// allowances and charges, ordered by first appearance.
    /// </summary>
    public static ImmutableArray<VatBreakdown> VatBreakdown(
        IEnumerable<InvoiceLine> lines,
        IEnumerable<AllowanceCharge> documentAllowanceCharges,
        IReadOnlyDictionary<VatCategory, ExemptionReason>? exemptionReasons = null)
    {
        var groups = new List<(VatCategory Category, decimal? Rate, decimal Taxable)>();
        void Add(VatCategory category, decimal? rate, decimal amount)
        {
            // decimal equality makes 21 and 21.00 one rate; the first spelling is kept.
            var index = groups.FindIndex(g => g.Category == category && g.Rate == rate);
            if (index < 0) groups.Add((category, rate, amount));
            else groups[index] = groups[index] with { Taxable = groups[index].Taxable + amount };
        }

        foreach (var line in lines) Add(line.VatCategory, line.VatRate, line.NetAmount);
        foreach (var ac in documentAllowanceCharges)
        {
            if (ac.VatCategory is not { } category) continue;
            Add(category, ac.VatRate, ac.IsCharge ? ac.Amount : -ac.Amount);
        }

        return [.. groups.Select(g =>
        {
            var reason = exemptionReasons is not null && exemptionReasons.TryGetValue(g.Category, out var r) ? r : null;
            var taxable = Money.RoundToScale(g.Taxable);
            return new VatBreakdown
            {
                Category = g.Category,
                Rate = g.Rate,
                TaxableAmount = taxable,
                TaxAmount = Money.RoundToScale(taxable * (g.Rate ?? 0m) / 100m),
                ExemptionReason = reason?.Text,
                ExemptionReasonCode = reason?.Code,
            };
        })];
    }

    /// <summary>The document totals (BG-22) from the lines, document allowances and charges and the VAT breakdown.</summary>
    /// <param name="lines">The invoice lines.</param>
    /// <param name="documentAllowanceCharges">Document level allowances and charges.</param>
    /// <param name="vatBreakdown">The VAT breakdown, usually from <see cref="VatBreakdown"/>.</param>
    /// <param name="prepaidAmount">Paid amount (BT-113), if any.</param>
    /// <param name="roundingAmount">Rounding amount (BT-114), if any.</param>
    /// <param name="taxCurrencyRate">Units of the VAT accounting currency per unit of the invoice currency, when they differ.</param>
    public static DocumentTotals Totals(
        IEnumerable<InvoiceLine> lines,
        IEnumerable<AllowanceCharge> documentAllowanceCharges,
        IEnumerable<VatBreakdown> vatBreakdown,
        decimal? prepaidAmount = null,
        decimal? roundingAmount = null,
        decimal? taxCurrencyRate = null)
    {
        var acs = documentAllowanceCharges.ToList();
        var lineTotal = Money.RoundToScale(lines.Sum(l => l.NetAmount));
        var allowances = acs.Where(a => !a.IsCharge).ToList();
        var charges = acs.Where(a => a.IsCharge).ToList();
        decimal? allowanceTotal = allowances.Count == 0 ? null : Money.RoundToScale(allowances.Sum(a => a.Amount));
        decimal? chargeTotal = charges.Count == 0 ? null : Money.RoundToScale(charges.Sum(a => a.Amount));
        var taxExclusive = Money.RoundToScale(lineTotal - (allowanceTotal ?? 0m) + (chargeTotal ?? 0m));
        var vatTotal = Money.RoundToScale(vatBreakdown.Sum(v => v.TaxAmount));
        var taxInclusive = Money.RoundToScale(taxExclusive + vatTotal);
        var payable = Money.RoundToScale(taxInclusive - (prepaidAmount ?? 0m) + (roundingAmount ?? 0m));
        return new DocumentTotals
        {
            LineNetTotal = lineTotal,
            AllowanceTotal = allowanceTotal,
            ChargeTotal = chargeTotal,
            TaxExclusiveAmount = taxExclusive,
            VatTotal = vatTotal,
            VatTotalInTaxCurrency = taxCurrencyRate is { } rate ? Money.RoundToScale(vatTotal * rate) : null,
            TaxInclusiveAmount = taxInclusive,
            PrepaidAmount = prepaidAmount is { } p ? Money.RoundToScale(p) : null,
            RoundingAmount = roundingAmount is { } r ? Money.RoundToScale(r) : null,
            PayableAmount = payable,
        };
    }
}
