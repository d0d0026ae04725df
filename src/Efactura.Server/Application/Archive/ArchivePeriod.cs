using System.Globalization;

namespace Efactura.Server.Application.Archive;

/// <summary>
/// The period of an archive: issue dates <see cref="From"/> to <see cref="To"/>, both included, at most
/// <see cref="MaxDays"/> days (a year, leap years included), so one export's work is bounded.
/// </summary>
/// <param name="From">The first issue date included.</param>
/// <param name="To">The last issue date included.</param>
public sealed record ArchivePeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period one archive covers: 366 days.</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// The period of <paramref name="from"/> and <paramref name="to"/> (<c>yyyy-MM-dd</c>), or null with what is wrong.
    /// Both are required.
    /// </summary>
    public static (ArchivePeriod? Period, string? Error) Parse(string? from, string? to)
    {
        if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
            return (null, "from and to are required: the first and last issue dates of the archive, as yyyy-MM-dd (e.g. from=2026-11-01&to=2026-11-30).");
        if (!TryDate(from, out var first)) return (null, $"from '{from}' is not a date as yyyy-MM-dd.");
        if (!TryDate(to, out var last)) return (null, $"to '{to}' is not a date as yyyy-MM-dd.");
        if (last < first) return (null, $"to ({to}) is before from ({from}).");
        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
            return (null, $"the period {from}..{to} is longer than {MaxDays} days; ask for one year at most per archive.");
        return (new ArchivePeriod(first, last), null);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
