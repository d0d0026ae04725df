using Efactura.Core.Calendar;

namespace Efactura.Core.Tests.Calendar;

public sealed class OrthodoxEasterTests
{
    [Theory]
    [InlineData(2023, "2023-04-16")]
    [InlineData(2024, "2024-05-05")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-12")]
    [InlineData(2027, "2027-05-02")]
    [InlineData(2028, "2028-04-16")]
    public void Easter_Sunday_is_the_date_the_Romanian_Orthodox_Church_celebrates(int year, string expected) =>
        OrthodoxEaster.Sunday(year).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Easter_is_always_a_Sunday()
    {
        for (var year = 1900; year < 2100; year++) OrthodoxEaster.Sunday(year).DayOfWeek.ShouldBe(DayOfWeek.Sunday, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Years_outside_the_Gregorian_range_are_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => OrthodoxEaster.Sunday(1500));
}
