namespace Efactura.Core.Calendar;

/// <summary>
/// Romanian local time (Europe/Bucharest), the time ANAF speaks: deadlines count in Romanian days. Instants
/// are stored in UTC and converted here, at the edge (DESIGN §5).
/// </summary>
public static class RomanianTime
{
    /// <summary>The Europe/Bucharest time zone (EET/EEST).</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>Today's date in Romania according to <paramref name="time"/> (use <see cref="TimeProvider.System"/> for the real clock).</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);
    }

    // The IANA id exists wherever tzdata does; Windows without ICU knows the zone by its Windows id.
    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Bucharest");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.FindSystemTimeZoneById("GTB Standard Time");
        }
    }
}
