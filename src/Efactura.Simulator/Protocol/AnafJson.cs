using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Protocol;

/// <summary>
/// ANAF's JSON answers: compact, keys in ANAF's order, non-ASCII letters written as they are
/// (the signature-validation texts carry Romanian diacritics).
/// </summary>
internal static class AnafJson
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>The JSON text of <paramref name="body"/>.</summary>
    public static string Text(JsonObject body) => body.ToJsonString(Compact);

    /// <summary>An HTTP answer with <paramref name="body"/> as <c>application/json</c>.</summary>
    public static IResult Result(JsonObject body, int status = StatusCodes.Status200OK) =>
        Results.Text(Text(body), "application/json", System.Text.Encoding.UTF8, status);

    /// <summary>The <c>{"eroare":…,"titlu":…}</c> form used by the lists and descarcare (anaf-api.md §4.2, §5.3).</summary>
    public static IResult Error(string message, string title) =>
        Result(new JsonObject { ["eroare"] = message, ["titlu"] = title });

    /// <summary>
    /// Spring Boot's default error body, as ANAF answers a missing required parameter (anaf-api.md §2.2):
    /// <c>{"timestamp":"05-08-2021 12:04:01","status":400,"error":"Bad Request","message":"…"}</c>.
    /// </summary>
    public static IResult BadRequest(string message, DateTimeOffset now) =>
        Result(new JsonObject
        {
            ["timestamp"] = RomanianTime.Display(now),
            ["status"] = 400,
            ["error"] = "Bad Request",
            ["message"] = message,
        }, StatusCodes.Status400BadRequest);

    /// <summary>
    /// The 404 of validare and transformare without a standard (anaf-api.md §6.1): an ISO timestamp and the
    /// path as ANAF's application sees it, below its gateway prefix.
    /// </summary>
    public static IResult NotFound(string path, DateTimeOffset now) =>
        Result(new JsonObject
        {
            ["timestamp"] = now.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'+00:00'", System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = 404,
            ["error"] = "Not Found",
            ["path"] = path,
        }, StatusCodes.Status404NotFound);
}
