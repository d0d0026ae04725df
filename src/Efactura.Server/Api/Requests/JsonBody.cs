using System.Text.Json;
using Efactura.Server.Api.Problems;

namespace Efactura.Server.Api.Requests;

/// <summary>
/// Reads a JSON request body with the API's options; malformed JSON is a problem+json 400 that says where, not the
/// framework's bare 400. Endpoints declare the body type with <c>Accepts&lt;T&gt;</c> for the OpenAPI document.
/// </summary>
public static class JsonBody
{
    /// <summary>Refuses bodies over this size: 64 KiB is far more than any of these requests needs.</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The body as <typeparamref name="T"/>; with <paramref name="optional"/> an empty body gives null.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, bool optional, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > MaxBytes) return (null, ApiProblem.BadRequest($"The body is larger than {MaxBytes} bytes."));
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (buffer.Length > MaxBytes) return (null, ApiProblem.BadRequest($"The body is larger than {MaxBytes} bytes."));
        if (buffer.Length == 0)
            return optional ? (null, null) : (null, ApiProblem.BadRequest("A JSON body is required."));
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ApiProblem.Json);
            return value is null ? (null, ApiProblem.BadRequest("The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, ApiProblem.BadRequest($"The body is not valid JSON for this request: {e.Message}"));
        }
    }
}
