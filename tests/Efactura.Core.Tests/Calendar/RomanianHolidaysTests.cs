using System.Globalization;
using Efactura.Core.Calendar;

namespace Efactura.Core.Tests.Calendar;

public sealed class RomanianHolidaysTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static string[] Dates(int year) => [.. RomanianHolidays.In(year).Select(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture))];

    [Fact]
    public void Holidays_of_2024() => Dates(2024).ShouldBe(
        ["01-01", "01-02", "01-06", "01-07", "01-24", "05-01", "05-03", "05-05", "05-06", "06-01", "06-23", "06-24", "08-15", "11-30", "12-01", "12-25", "12-26"]);

    [Fact]
    public void Holidays_of_2025() => Dates(2025).ShouldBe(
        ["01-01", "01-02", "01-06", "01-07", "01-24", "04-18", "04-20", "04-21", "05-01", "06-01", "06-08", "06-09", "08-15", "11-30", "12-01", "12-25", "12-26"]);

    [Fact]
    public void Holidays_of_2026_where_Pentecost_Monday_is_Childrens_Day() => Dates(2026).ShouldBe(
        ["01-01", "01-02", "01-06", "01-07", "01-24", "04-10", "04-12", "04-13", "05-01", "05-31", "06-01", "08-15", "11-30", "12-01", "12-25", "12-26"]);

    [Fact]
    public void Holidays_of_2027_where_Good_Friday_falls_in_April_and_Easter_in_May() => Dates(2027).ShouldBe(
        ["01-01", "01-02", "01-06", "01-07", "01-24", "04-30", "05-01", "05-02", "05-03", "06-01", "06-20", "06-21", "08-15", "11-30", "12-01", "12-25", "12-26"]);

    [Fact]
    public void Epiphany_and_Saint_John_are_holidays_only_since_2024()
    {
        RomanianHolidays.IsHoliday(D("2023-01-06")).ShouldBeFalse();
        RomanianHolidays.IsHoliday(D("2024-01-06")).ShouldBeTrue();
        RomanianHolidays.On(D("2024-01-07"))!.NameRo.ShouldBe("Sfântul Ioan Botezătorul");
    }

    [Fact]
    public void A_holiday_has_an_English_and_a_Romanian_name()
    {
        var holiday = RomanianHolidays.On(D("2026-04-13")).ShouldNotBeNull();
        holiday.Name.ShouldBe("Orthodox Easter Monday");
        holiday.NameRo.ShouldBe("A doua zi de Paște");
    }

    [Theory]
    [InlineData("2026-11-20", true)]  // Friday
    [InlineData("2026-11-21", false)] // Saturday
    [InlineData("2026-11-22", false)] // Sunday
    [InlineData("2026-11-30", false)] // Monday, Saint Andrew
    [InlineData("2026-12-01", false)] // Tuesday, National Day
    [InlineData("2026-04-10", false)] // Good Friday
    [InlineData("2026-06-01", false)] // Pentecost Monday and Children's Day
    [InlineData("2026-06-02", true)]
    public void Working_days_skip_weekends_and_holidays(string date, bool working) =>
        RomanianHolidays.IsWorkingDay(D(date)).ShouldBe(working);

    [Fact]
    public void Adding_working_days_skips_the_long_weekend_of_December() =>
        RomanianHolidays.AddWorkingDays(D("2026-11-27"), 1).ShouldBe(D("2026-12-02"));

    [Fact]
    public void Working_days_between_count_the_end_not_the_start()
    {
        RomanianHolidays.WorkingDaysBetween(D("2026-11-16"), D("2026-11-20")).ShouldBe(4);
        RomanianHolidays.WorkingDaysBetween(D("2026-11-20"), D("2026-11-16")).ShouldBe(0);
    }
}
