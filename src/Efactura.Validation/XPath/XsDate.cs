using System.Globalization;

namespace Efactura.Validation.XPath;

/// <summary>
/// An <c>xs:date</c> value as XPath 2.0 (Saxon-HE 9.9, which runs the official rules) has it: a calendar day with an
/// optional time zone. Two dates compare by the instants at which they start (F&amp;O 10.4.9 op:date-less-than), so
/// <c>2026-11-30-05:00</c> (05:00 UTC) is later than <c>2026-11-30Z</c> (00:00 UTC), and a date without a time zone
/// starts in the implicit time zone of the dynamic context (Saxon: the JVM's default time zone).
/// </summary>
/// <param name="Year">The year as written: negative years as written (<c>-0001</c> is -1), <c>0000</c> allowed (XSD 1.1).</param>
/// <param name="Month">1 to 12.</param>
/// <param name="Day">1 to the last day of the month (29 February only in leap years of the proleptic Gregorian calendar).</param>
/// <param name="Timezone">The time zone written (<c>Z</c> = zero), or null when none was.</param>
internal readonly record struct XsDate(int Year, int Month, int Day, TimeSpan? Timezone)
{
    private const long MinutesPerDay = 24 * 60;

    /// <summary>
    /// <c>xs:date(value)</c> of an untyped value: surrounding XML whitespace ignored, then <c>-?YYYY-MM-DD</c> (four or
    /// more year digits, no leading zero beyond four, at most Saxon's 2,147,483,647) and an optional <c>Z</c> or
    /// <c>±hh:mm</c> (hours up to 14, minutes up to 59, as Saxon takes them). Null where XPath raises an error.
    /// </summary>
    public static XsDate? Cast(string? value)
    {
        if (value is null) return null;
        var text = value.AsSpan().Trim(" \t\r\n");
        var i = !text.IsEmpty && text[0] == '-' ? 1 : 0;
        var yearStart = i;
        while (i < text.Length && text[i] is >= '0' and <= '9') i++;
        var digits = text[yearStart..i];
        if (digits.Length < 4 || digits.Length > 10 || (digits.Length > 4 && digits[0] == '0')) return null;
        var magnitude = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (magnitude > int.MaxValue) return null;
        var year = (int)(yearStart == 1 ? -magnitude : magnitude);
        var rest = text[i..];
        if (rest.Length < 6 || rest[0] != '-' || rest[3] != '-') return null;
        if (!TwoDigits(rest.Slice(1, 2), out var month) || !TwoDigits(rest.Slice(4, 2), out var day)) return null;
        if (month is < 1 or > 12 || day < 1 || day > DaysIn(year, month)) return null;
        if (!TryTimezone(rest[6..], out var timezone)) return null;
        return new XsDate(year, month, day, timezone);
    }

    /// <summary>
    /// XPath's <c>compare</c> of two dates: negative when this one starts before <paramref name="other"/>, zero when
    /// both start at the same instant, positive when later; a date without a time zone is taken in
    /// <paramref name="implicitTimezone"/>.
    /// </summary>
    public int CompareTo(XsDate other, TimeSpan implicitTimezone) =>
        StartingMinute(implicitTimezone).CompareTo(other.StartingMinute(implicitTimezone));

    /// <summary>The calendar day as written, when it is one <see cref="DateOnly"/> can hold (years 1 to 9999).</summary>
    public DateOnly? CalendarDay => Year is >= 1 and <= 9999 ? new DateOnly(Year, Month, Day) : null;

    /// <summary>Minutes from 0000-03-01T00:00Z (the proleptic Gregorian calendar) to the start of this day, in UTC.</summary>
    private long StartingMinute(TimeSpan implicitTimezone) =>
        DaysFromEpoch(Year, Month, Day) * MinutesPerDay - (long)(Timezone ?? implicitTimezone).TotalMinutes;

    /// <summary>
    /// Days since 0000-03-01 of a proleptic Gregorian date, for any year (years starting in March, so February's leap
    /// day ends the year). Only the order matters to XPath's comparisons, and the count is monotone in the date.
    /// </summary>
    private static long DaysFromEpoch(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yearOfEra = y - era * 400;
        var dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        var dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra;
    }

    private static bool TryTimezone(ReadOnlySpan<char> text, out TimeSpan? timezone)
    {
        timezone = null;
        if (text.IsEmpty) return true;
        if (text is "Z")
        {
            timezone = TimeSpan.Zero;
            return true;
        }
        if (text.Length != 6 || text[0] is not ('+' or '-') || text[3] != ':') return false;
        if (!TwoDigits(text.Slice(1, 2), out var hours) || !TwoDigits(text.Slice(4, 2), out var minutes)) return false;
        if (hours > 14 || minutes > 59) return false;
        var offset = new TimeSpan(hours, minutes, 0);
        timezone = text[0] == '-' ? -offset : offset;
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.Length != 2 || text[0] is < '0' or > '9' || text[1] is < '0' or > '9') return false;
        value = (text[0] - '0') * 10 + (text[1] - '0');
        return true;
    }

    /// <summary>
    /// Days in a month of the proleptic Gregorian calendar. Negative years count as written (XSD 1.1: -0001 follows
    /// 0000), which is how Saxon decides whether -0004-02-29 exists.
    /// </summary>
    private static int DaysIn(long year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
