using Efactura.Validation.XPath;

namespace Efactura.Validation.Tests.XPath;

/// <summary>
/// xs:date as Saxon-HE 9.9 (the official validators' XPath) casts and compares it. The edges were found by running
/// ../shared/oracle on BR-29 with each value as the period start: a value Saxon refuses stops the rule set with FORG0001
/// or FODT0001 ("Invalid date").
/// </summary>
public sealed class XsDateTests
{
    [Theory]
    [InlineData("2026-11-01", 2026, 11, 1, null)]
    [InlineData(" 2026-11-01Z\n", 2026, 11, 1, 0)]
    [InlineData("2026-11-01+02:00", 2026, 11, 1, 120)]
    [InlineData("2026-11-01-05:00", 2026, 11, 1, -300)]
    [InlineData("2026-11-01-00:00", 2026, 11, 1, 0)]
    [InlineData("2026-11-01+14:59", 2026, 11, 1, 899)]
    [InlineData("0000-02-29", 0, 2, 29, null)]
    [InlineData("-0004-02-29", -4, 2, 29, null)]
    [InlineData("2147483647-11-01", 2147483647, 11, 1, null)]
    public void Cast_reads_day_and_time_zone(string text, int year, int month, int day, int? minutes)
    {
        var date = XsDate.Cast(text).ShouldNotBeNull();

        date.ShouldBe(new XsDate(year, month, day, minutes is { } m ? TimeSpan.FromMinutes(m) : null));
    }

    [Theory]
    [InlineData("2026-11-01+15:00")] // Timezone hour is out of range
    [InlineData("2026-11-01+13:60")] // Timezone minute is out of range
    [InlineData("2026-11-01+1:00")]
    [InlineData("2026-11-01z")]
    [InlineData("2026-11-01 Z")]
    [InlineData("2026-11-01+02:00Z")] // Continues after timezone
    [InlineData("02026-11-01")] // leading zeroes beyond four digits
    [InlineData("2147483648-11-01")] // Year is outside the range that Saxon can handle
    [InlineData("-0001-02-29")] // Non-existent date: the year as written decides leap years
    [InlineData("2026-02-29")]
    [InlineData("")]
    public void Cast_refuses_what_Saxon_refuses(string text) => XsDate.Cast(text).ShouldBeNull();

    [Theory]
    [InlineData("2026-11-30-05:00", "2026-11-30", 1)] // 05:00 UTC starts after 00:00 UTC
    [InlineData("2026-11-01+02:00", "2026-11-01", -1)] // 22:00 UTC the day before
    [InlineData("2026-12-01+14:00", "2026-11-30-10:00", 0)] // both start at 10:00 UTC on 30 November
    [InlineData("2026-12-01+14:00", "2026-11-30-09:59", 1)]
    [InlineData("2026-11-30+14:00", "2026-11-29-11:00", -1)] // an earlier day that starts later
    [InlineData("2026-11-30Z", "2026-11-30", 0)]
    [InlineData("-0001-12-31", "0000-01-01", -1)]
    [InlineData("2147483647-01-01", "2026-11-30", 1)]
    public void Dates_compare_by_the_instant_they_start_in_UTC(string left, string right, int sign) =>
        Math.Sign(XsDate.Cast(left)!.Value.CompareTo(XsDate.Cast(right)!.Value, TimeSpan.Zero)).ShouldBe(sign);

    [Fact]
    public void A_date_without_time_zone_starts_in_the_implicit_time_zone()
    {
        var west = XsDate.Cast("2026-11-30-05:00")!.Value;
        var plain = XsDate.Cast("2026-11-30")!.Value;

        plain.CompareTo(west, TimeSpan.Zero).ShouldBeLessThan(0);
        plain.CompareTo(west, TimeSpan.FromHours(-5)).ShouldBe(0);
        plain.CompareTo(west, TimeSpan.FromHours(-6)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_calendar_day_is_the_day_as_written()
    {
        XsDate.Cast("2026-11-20+02:00")!.Value.CalendarDay.ShouldBe(new DateOnly(2026, 11, 20));
        XsDate.Cast("2026-11-20-05:00")!.Value.CalendarDay.ShouldBe(new DateOnly(2026, 11, 20));
        XsDate.Cast("0000-01-01")!.Value.CalendarDay.ShouldBeNull();
    }
}
