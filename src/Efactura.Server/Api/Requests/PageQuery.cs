using System.Globalization;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage;

namespace Efactura.Server.Api.Requests;

/// <summary>The paging query of list endpoints: <c>?cursor=</c> (the previous page's <c>nextCursor</c>) and <c>?limit=</c> (1 to 500, default 50).</summary>
public static class PageQuery
{
    /// <summary>Reads the page; a problem (400) when <c>limit</c> is not a number in range.</summary>
    /// <remarks>
    /// Endpoints take both as optional strings (so they appear in the OpenAPI document) and pass them here: a
    /// malformed number then gets a problem+json answer instead of the framework's bare 400.
    /// </remarks>
    public static ProblemAnswer? TryRead(string? cursor, string? limitText, out PageRequest page)
    {
        page = new PageRequest();
        cursor ??= "";
        limitText ??= "";
        var limit = PageRequest.DefaultLimit;
        if (limitText.Length > 0
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > PageRequest.MaxLimit))
            return ApiProblem.BadRequest($"limit must be a whole number from 1 to {PageRequest.MaxLimit}.");
        page = new PageRequest(cursor.Length == 0 ? null : cursor, limit);
        return null;
    }

    /// <summary>The answer to a cursor this server never handed out.</summary>
    public static ProblemAnswer InvalidCursor() =>
        ApiProblem.BadRequest("cursor is not one this server handed out: pass the nextCursor of the previous page unchanged.");

    /// <summary>Reads <c>?cursor=</c> and <c>?limit=</c>: the page, or the problem with them.</summary>
    public static (PageRequest? Page, ProblemAnswer? Problem) Parse(string? cursor, string? limit)
    {
        var problem = TryRead(cursor, limit, out var page);
        return problem is null ? (page, null) : (null, problem);
    }

    /// <summary>400 for a cursor this server did not hand out, naming it.</summary>
    public static ProblemAnswer InvalidCursor(string cursor) =>
        ApiProblem.BadRequest($"cursor '{cursor}' is not one this list handed out: pass the nextCursor of the previous page unchanged.");
}
