namespace Efactura.Core.Calendar;

/// <summary>The date of Orthodox Easter, on which Good Friday and Pentecost (Rusalii) depend.</summary>
public static class OrthodoxEaster
{
    /// <summary>
    /// Orthodox Easter Sunday of <paramref name="year"/> in the Gregorian calendar: Jean Meeus' Julian
    /// algorithm ("Astronomical Algorithms", chapter 8) gives the Julian date, which is then moved by the
    /// Julian calendar's lag (13 days from 1900 to 2099).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1583 or after 4099.</exception>
    public static DateOnly Sunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 4099);
        var a = year % 4;
        var b = year % 7;
        var c = year % 19;
        var d = (19 * c + 15) % 30;
        var e = (2 * a + 4 * b - d + 34) % 7;
        var month = (d + e + 114) / 31;
        var day = (d + e + 114) % 31 + 1;
        return JulianToGregorian(year, month, day);
    }

    // Easter always falls after February, so the lag is that of the year's March to December:
    // one day more per century, less every fourth century (13 days from 1900-03-01 to 2100-02-28).
    private static DateOnly JulianToGregorian(int year, int month, int day)
    {
        var century = year / 100;
        var lag = century - century / 4 - 2;
        return new DateOnly(year, month, 1).AddDays(day - 1 + lag);
    }
}
