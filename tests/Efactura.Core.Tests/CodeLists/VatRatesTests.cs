using Efactura.Core.CodeLists;

namespace Efactura.Core.Tests.CodeLists;

public sealed class VatRatesTests
{
    private static readonly DateOnly LastDayOf19 = new(2025, 7, 31);
    private static readonly DateOnly FirstDayOf21 = new(2025, 8, 1);
    private static readonly DateOnly LastDayOfHousing9 = new(2026, 7, 31);
    private static readonly DateOnly FirstDayWithoutHousing9 = new(2026, 8, 1);

    [Fact]
    public void Standard_rate_is_19_until_31_july_2025() =>
        VatRates.StandardRate(LastDayOf19).ShouldBe(19m);

    [Fact]
    public void Standard_rate_is_21_from_1_august_2025()
    {
        VatRates.StandardRate(FirstDayOf21).ShouldBe(21m);
        VatRates.StandardRate(VatRates.Law141Of2025).ShouldBe(21m);
        VatRates.StandardRate(new DateOnly(2030, 1, 1)).ShouldBe(21m);
    }

    [Fact]
    public void Rates_until_31_july_2025_are_19_9_and_5() =>
        VatRates.Rates(LastDayOf19).ShouldBe([19m, 9m, 5m]);

    [Fact]
    public void Rates_from_1_august_2025_are_21_11_and_9_for_housing() =>
        VatRates.Rates(FirstDayOf21).ShouldBe([21m, 11m, 9m]);

    [Fact]
    public void Housing_9_percent_is_kept_until_31_july_2026()
    {
        VatRates.IsValid(9m, LastDayOfHousing9).ShouldBeTrue();
        VatRates.IsValid(9m, FirstDayWithoutHousing9).ShouldBeFalse();
        VatRates.Rates(FirstDayWithoutHousing9).ShouldBe([21m, 11m]);
    }

    [Theory]
    [InlineData(19, true)]
    [InlineData(9, true)]
    [InlineData(5, true)]
    [InlineData(21, false)]
    [InlineData(11, false)]
    [InlineData(20, false)]
    public void Valid_rates_on_31_july_2025(decimal rate, bool expected) =>
        VatRates.IsValid(rate, LastDayOf19).ShouldBe(expected);

    [Theory]
    [InlineData(21, true)]
    [InlineData(11, true)]
    [InlineData(9, true)]
    [InlineData(19, false)]
    [InlineData(5, false)]
    public void Valid_rates_on_1_august_2025(decimal rate, bool expected) =>
        VatRates.IsValid(rate, FirstDayOf21).ShouldBe(expected);

    [Fact]
    public void Rate_comparison_ignores_trailing_zeros() =>
        VatRates.IsValid(21.00m, FirstDayOf21).ShouldBeTrue();

    [Fact]
    public void Zero_is_valid_on_every_date()
    {
        VatRates.IsValid(0m, LastDayOf19).ShouldBeTrue();
        VatRates.IsValid(0m, FirstDayOf21).ShouldBeTrue();
        VatRates.IsValid(0.00m, new DateOnly(2000, 1, 1)).ShouldBeTrue();
    }

    [Fact]
    public void Zero_is_not_listed_among_the_rates() =>
        VatRates.Rates(FirstDayOf21).ShouldNotContain(0m);

    [Theory]
    [InlineData(2016, 12, 31, 20)]
    [InlineData(2017, 1, 1, 19)]
    [InlineData(2015, 12, 31, 24)]
    [InlineData(2010, 7, 1, 24)]
    public void Earlier_standard_rates(int year, int month, int day, decimal expected) =>
        VatRates.StandardRate(new DateOnly(year, month, day)).ShouldBe(expected);

    [Fact]
    public void Dates_before_the_calendar_have_no_rates()
    {
        var before = VatRates.EarliestDate.AddDays(-1);

        Should.Throw<ArgumentOutOfRangeException>(() => VatRates.StandardRate(before));
        VatRates.Rates(before).ShouldBeEmpty();
        VatRates.IsValid(19m, before).ShouldBeFalse();
    }
}
