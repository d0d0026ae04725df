using System.Text.Json;
using System.Text.Json.Serialization;
using Efactura.Core.Findings;
using Efactura.Server.Application;

namespace Efactura.Server.Api.Problems;

/// <summary>
/// RFC 9457 problem details (<c>application/problem+json</c>) with, when a document was judged, every finding
/// (DESIGN §4.2). The <c>type</c> is a stable URN per kind of problem, so clients can branch on it.
/// </summary>
public static class ApiProblem
{
    /// <summary>The media type of every error answer.</summary>
    public const string ContentType = "application/problem+json";

    /// <summary>
    /// The JSON options of the API: camelCase, nulls left out, enums as camelCase strings, and Romanian letters
    /// (ă, ș, ț, „ ”) written as themselves rather than as \u escapes, so a person reading an answer reads Romanian.
    /// </summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        // Answers are application/json, never embedded in HTML, so the relaxed encoder's only risk does not apply.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>A problem answer.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="kind">The last part of the type URN, e.g. <c>invalid-invoice</c>.</param>
    /// <param name="title">A short, fixed summary of the kind.</param>
    /// <param name="detail">What happened in this case.</param>
    /// <param name="findings">The findings, when a document was judged.</param>
    public static ProblemAnswer Create(int status, string kind, string title, string detail, IEnumerable<Finding>? findings = null)
    {
        var body = new ProblemBody($"urn:efactura:problem:{kind}", title, status, detail, findings?.Select(ProblemFinding.From).ToList());
        return new ProblemAnswer(status, Results.Json(body, Json, ContentType, status));
    }

    /// <summary>400: the request is malformed (not the invoice: the HTTP request itself).</summary>
    public static ProblemAnswer BadRequest(string detail) => Create(StatusCodes.Status400BadRequest, "bad-request", "The request is malformed", detail);

    /// <summary>401: no or unknown API key.</summary>
    public static ProblemAnswer Unauthorized(string detail) => Create(StatusCodes.Status401Unauthorized, "unauthorized", "Authentication required", detail);

    /// <summary>403: the API key may not do this (a read-only key asking to write).</summary>
    public static ProblemAnswer Forbidden(string detail) => Create(StatusCodes.Status403Forbidden, "forbidden", "Not allowed for this API key", detail);

    /// <summary>404: no such resource for this tenant (another tenant's resource is also "not found").</summary>
    public static ProblemAnswer NotFound(string detail) => Create(StatusCodes.Status404NotFound, "not-found", "Not found", detail);

    /// <summary>409: the resource is not in a state that allows the request.</summary>
    public static ProblemAnswer Conflict(string kind, string detail) => Create(StatusCodes.Status409Conflict, kind, "Conflict", detail);


    /// <summary>
    /// The answer to an application service's <paramref name="refusal"/>: missing 404, conflict 409 (its reason the
    /// type), unavailable 503, upstream 502, invalid 422 with every finding.
    /// </summary>
    public static ProblemAnswer For(Refusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal switch
        {
            Refusal.Missing missing => NotFound(missing.Detail),
            Refusal.Conflict conflict => Conflict(conflict.Reason, conflict.Detail),
            Refusal.Unavailable unavailable => Create(StatusCodes.Status503ServiceUnavailable, unavailable.Reason, unavailable.Title, unavailable.Detail),
            Refusal.Upstream upstream => Create(StatusCodes.Status502BadGateway, upstream.Reason, upstream.Title, upstream.Detail),
            Refusal.Invalid invalid => Create(StatusCodes.Status422UnprocessableEntity, invalid.Reason, invalid.Title, invalid.Detail, invalid.Findings),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal.GetType().Name, "unknown refusal"),
        };
    }

    /// <summary>The serialized body.</summary>
    private sealed record ProblemBody(string Type, string Title, int Status, string Detail, IReadOnlyList<ProblemFinding>? Findings);
}
