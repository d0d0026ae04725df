using System.Globalization;
using Efactura.Core.Calendar;

namespace Efactura.Server.Dashboard;

/// <summary>How the dashboard writes dates, instants (Romanian time) and amounts.</summary>
public static class Format
{
    /// <summary><c>2026-03-02</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The instant in Romanian local time, <c>2026-03-02 11:00</c> (ANAF's clock, and the users').</summary>
    public static string Instant(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, RomanianTime.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The instant, or a dash.</summary>
    public static string Instant(DateTimeOffset? instant) => instant is { } at ? Instant(at) : "—";

    /// <summary><c>1 234.50 RON</c>: exact, two decimals at least.</summary>
    public static string Amount(decimal amount, string currency) => amount.ToString("#,0.00##", CultureInfo.InvariantCulture).Replace(',', ' ') + " " + currency;
}
