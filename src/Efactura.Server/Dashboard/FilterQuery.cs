using System.Globalization;

namespace Efactura.Server.Dashboard;

/// <summary>The query string of a list page's filter (its members with a value, in order), for its paging links.</summary>
public static class FilterQuery
{
    /// <summary><c>?name=value&amp;…</c> of the <paramref name="members"/> that have a value, or empty.</summary>
    public static string Of(params (string Name, string? Value)[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var parts = members.Where(m => !string.IsNullOrEmpty(m.Value)).Select(m => $"{m.Name}={Uri.EscapeDataString(m.Value!)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>A day as the date inputs send it (<c>yyyy-MM-dd</c>).</summary>
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
