using System.Collections.Immutable;

namespace Efactura.Core.CodeLists;

/// <summary>
/// Romanian VAT rates by date (the tax point date BT-7, or the issue date BT-2 when there is none), from the
/// Fiscal Code (Law 227/2015, art. 291) and the laws that changed it. Zero, for categories Z, E, AE, K, G and O,
/// is valid on every date; the calendar covers the non-zero rates from <see cref="EarliestDate"/> on.
/// </summary>
public static class VatRates
{
    /// <summary>The first date the calendar knows rates for.</summary>
    public static DateOnly EarliestDate => Periods[0].From;

    /// <summary>The day Law 141/2025 took effect: standard rate 21%, one reduced rate of 11%.</summary>
    public static DateOnly Law141Of2025 { get; } = new(2025, 8, 1);

    // Newest last. Each period's reduced rates in descending order.
    private static readonly ImmutableArray<VatRatePeriod> Periods =
    [
        // The standard rate rose from 19% to 24% on 2010-07-01; 9% and 5% (housing) stayed.
        new(new DateOnly(2010, 7, 1), 24m, [9m, 5m]),
        // Law 227/2015 (the Fiscal Code): 20% in 2016.
        new(new DateOnly(2016, 1, 1), 20m, [9m, 5m]),
        // Law 227/2015: 19% from 2017.
        new(new DateOnly(2017, 1, 1), 19m, [9m, 5m]),
        // Law 141/2025: 21% standard, 11% replaces 9% and 5%; 9% is kept until 2026-07-31 for housing sold
        // under the transitional provision (contracts or advances before 2025-08-01).
        new(new DateOnly(2025, 8, 1), 21m, [11m, 9m]),
        new(new DateOnly(2026, 8, 1), 21m, [11m]),
    ];

    /// <summary>The standard rate in percent on <paramref name="date"/>: 19 until 2025-07-31, 21 from 2025-08-01.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is before <see cref="EarliestDate"/>.</exception>
    public static decimal StandardRate(DateOnly date) =>
        PeriodOn(date)?.Standard ?? throw new ArgumentOutOfRangeException(nameof(date), date, $"The VAT calendar starts on {EarliestDate:yyyy-MM-dd}.");

    /// <summary>
    /// Every legal non-zero rate in percent on <paramref name="date"/>, standard first, then the reduced rates in
    /// descending order: [19, 9, 5] until 2025-07-31, [21, 11, 9] until 2026-07-31, [21, 11] after. Empty before
    /// <see cref="EarliestDate"/>.
    /// </summary>
    public static IReadOnlyList<decimal> Rates(DateOnly date) => PeriodOn(date)?.Rates ?? [];

    /// <summary>True when <paramref name="rate"/> (in percent) is zero or one of <see cref="Rates"/> on <paramref name="date"/>.</summary>
    public static bool IsValid(decimal rate, DateOnly date) => rate == 0m || Rates(date).Contains(rate);

    private static VatRatePeriod? PeriodOn(DateOnly date)
    {
        for (var i = Periods.Length - 1; i >= 0; i--)
        {
            if (Periods[i].From <= date) return Periods[i];
        }

        return null;
    }

    /// <summary>The rates in force from <paramref name="From"/> until the next period starts.</summary>
    private sealed record VatRatePeriod(DateOnly From, decimal Standard, ImmutableArray<decimal> Reduced)
    {
        public ImmutableArray<decimal> Rates { get; } = [Standard, .. Reduced];
    }
}
