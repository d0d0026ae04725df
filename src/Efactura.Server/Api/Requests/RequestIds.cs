using Efactura.Server.Api.Problems;

namespace Efactura.Server.Api.Requests;

/// <summary>
/// Ids in paths and queries are read by hand, not by route constraints or binding, so a malformed one gets a
/// problem+json answer like every other error (a failed constraint would be a bare 404, failed binding a bare 400).
/// </summary>
public static class RequestIds
{
    /// <summary>The id in a path: a malformed one is "not found" (no such resource can exist).</summary>
    public static ProblemAnswer? TryPath(string text, string what, out Guid id) =>
        Guid.TryParse(text, out id) ? null : ApiProblem.NotFound($"There is no {what} '{text}'.");

    /// <summary>An optional id in the query: null when absent; a malformed one is a bad request.</summary>
    public static ProblemAnswer? TryQuery(string? text, string name, out Guid? id)
    {
        id = null;
        if (string.IsNullOrEmpty(text)) return null;
        if (!Guid.TryParse(text, out var parsed)) return ApiProblem.BadRequest($"{name} must be an id (a UUID), not '{text}'.");
        id = parsed;
        return null;
    }
}
