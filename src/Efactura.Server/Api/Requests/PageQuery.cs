using System.Globalization;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage;

namespace Efactura.Server.Api.Requests;

/// <summary>The paging parameters every list takes: <c>?limit=</c> (1 to 500, default 50) and <c>?cursor=</c>.</summary>
public static class PageQuery
{
    /// <summary>The page asked for, or a 400 problem when <paramref name="limit"/> is no number in range.</summary>
    public static (PageRequest? Page, IResult? Problem) Parse(string? cursor, string? limit)
    {
        if (string.IsNullOrEmpty(limit)) return (new PageRequest(NullIfEmpty(cursor)), null);
        if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size is < 1 or > PageRequest.MaxLimit)
            return (null, ApiProblem.BadRequest($"limit must be a whole number from 1 to {PageRequest.MaxLimit}; it is '{limit}'."));
        return (new PageRequest(NullIfEmpty(cursor), size), null);
    }

    /// <summary>The 400 answer for a cursor this server did not hand out.</summary>
    public static IResult InvalidCursor(string cursor) =>
        ApiProblem.BadRequest($"cursor '{cursor}' is not one this list handed out; pass the 'next' value of the previous page.");

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
