using System.Globalization;

namespace Efactura.Simulator.Protocol;

/// <summary>
/// ANAF speaks Romanian wall-clock time (Europe/Bucharest) in every date it writes, and takes the
/// paginated list's window as Unix milliseconds (anaf-api.md §4.1).
/// </summary>
internal static class RomanianTime
{
    private static readonly TimeZoneInfo Bucharest = TimeZoneInfo.FindSystemTimeZoneById("Europe/Bucharest");

    /// <summary>The Romanian wall-clock time of an instant.</summary>
    public static DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Bucharest).DateTime;

    /// <summary>The Romanian calendar day of an instant: daily limits reset at Romanian midnight.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    /// <summary>The <c>yyyyMMddHHmm</c> form of <c>dateResponse</c> and <c>data_creare</c>.</summary>
    public static string Compact(DateTimeOffset instant) =>
        Local(instant).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    /// <summary>The <c>dd-MM-yyyy HH:mm:ss</c> form of list titles, window errors and Spring error timestamps.</summary>
    public static string Display(DateTimeOffset instant) =>
        Local(instant).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);
}
