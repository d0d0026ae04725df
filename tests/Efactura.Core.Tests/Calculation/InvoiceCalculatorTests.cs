using Efactura.Core.Calculation;
using Efactura.Core.Model;

namespace Efactura.Core.Tests.Calculation;

public class InvoiceCalculatorTests
{
    private static InvoiceLine Line(string id, decimal quantity, decimal price, VatCategory category, decimal? rate, params AllowanceCharge[] acs)
    {
        var p = new Price { NetAmount = price };
        return new InvoiceLine
        {
            Id = id, Quantity = quantity, UnitCode = "H87", Price = p, VatCategory = category, VatRate = rate,
            Item = new Item { Name = "item " + id }, AllowanceCharges = [.. acs],
            NetAmount = InvoiceCalculator.LineNetAmount(quantity, p, acs),
        };
    }

    [Fact]
    public void Line_net_is_quantity_times_price_rounded_half_away_from_zero_minus_allowances()
    {
        var discount = new AllowanceCharge { IsCharge = false, Amount = 1.005m, ReasonCode = "95" };
        InvoiceCalculator.LineNetAmount(3m, new Price { NetAmount = 3.335m }, [discount]).ShouldBe(9.00m); // 10.005 → 10.01, − 1.01
        InvoiceCalculator.LineNetAmount(-2m, new Price { NetAmount = 1.125m }, []).ShouldBe(-2.25m);
    }

    [Fact]
    public void Price_base_quantity_divides_the_price()
    {
        InvoiceCalculator.LineNetAmount(250m, new Price { NetAmount = 12m, BaseQuantity = 100m }, []).ShouldBe(30.00m);
    }

    [Fact]
    public void Vat_is_computed_once_per_category_and_rate_not_per_line()
    {
        // Three lines of 0.10 at 21%: per line the VAT would be 0.02 each (0.06); per category it is round(0.30 × 21%) = 0.06.
        // Two lines of 0.05 at 21% → 0.10 × 21% = 0.021 → 0.02, where per-line rounding would give 0.02.
        var lines = new[]
        {
            Line("1", 1m, 0.05m, VatCategory.Standard, 21m),
            Line("2", 1m, 0.05m, VatCategory.Standard, 21.00m),
            Line("3", 1m, 10m, VatCategory.Standard, 11m),
            Line("4", 1m, 7m, VatCategory.Exempt, 0m),
        };
        var reasons = new Dictionary<VatCategory, ExemptionReason> { [VatCategory.Exempt] = new("Scutit conform art. 292", "VATEX-EU-132") };

        var breakdown = InvoiceCalculator.VatBreakdown(lines, [], reasons);

        breakdown.Length.ShouldBe(3);
        breakdown[0].ShouldSatisfyAllConditions(b => b.TaxableAmount.ShouldBe(0.10m), b => b.TaxAmount.ShouldBe(0.02m));
        breakdown[1].TaxAmount.ShouldBe(1.10m);
        breakdown[2].ExemptionReasonCode.ShouldBe("VATEX-EU-132");
        breakdown[2].TaxAmount.ShouldBe(0m);
    }

    [Fact]
    public void Document_allowances_reduce_the_taxable_amount_of_their_category()
    {
        var lines = new[] { Line("1", 2m, 50m, VatCategory.Standard, 21m) };
        AllowanceCharge[] acs =
        [
            new() { IsCharge = false, Amount = 10m, VatCategory = VatCategory.Standard, VatRate = 21m, Reason = "Discount" },
            new() { IsCharge = true, Amount = 5m, VatCategory = VatCategory.Standard, VatRate = 21m, Reason = "Transport" },
        ];

        var breakdown = InvoiceCalculator.VatBreakdown(lines, acs);
        var totals = InvoiceCalculator.Totals(lines, acs, breakdown, prepaidAmount: 20m);

        breakdown.Single().TaxableAmount.ShouldBe(95m);
        breakdown.Single().TaxAmount.ShouldBe(19.95m);
        totals.ShouldSatisfyAllConditions(
            t => t.LineNetTotal.ShouldBe(100m),
            t => t.AllowanceTotal.ShouldBe(10m),
            t => t.ChargeTotal.ShouldBe(5m),
            t => t.TaxExclusiveAmount.ShouldBe(95m),
            t => t.VatTotal.ShouldBe(19.95m),
            t => t.TaxInclusiveAmount.ShouldBe(114.95m),
            t => t.PayableAmount.ShouldBe(94.95m));
    }

    [Fact]
    public void Vat_total_in_ron_uses_the_exchange_rate()
    {
        var lines = new[] { Line("1", 1m, 1000m, VatCategory.Standard, 21m) };
        var breakdown = InvoiceCalculator.VatBreakdown(lines, []);
        var totals = InvoiceCalculator.Totals(lines, [], breakdown, taxCurrencyRate: 5.0873m);
        totals.VatTotal.ShouldBe(210m);
        totals.VatTotalInTaxCurrency.ShouldBe(1068.33m);
    }

    [Fact]
    public void Amounts_are_written_with_two_decimals_and_never_as_negative_zero()
    {
        Money.RoundToScale(5m).ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("5.00");
        Money.RoundToScale(-0.001m).ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("0.00");
        Money.Round(2.345m).ShouldBe(2.35m);
        Money.Round(-2.345m).ShouldBe(-2.35m);
    }
}
