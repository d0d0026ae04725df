using System.Text.Json;
using Efactura.Server.Api.Problems;

namespace Efactura.Server.Api.Requests;

/// <summary>A JSON answer in the API's JSON options (<see cref="ApiProblem.Json"/>), with an optional Location header.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="Value">The body.</param>
/// <param name="Location">The Location header (a created resource), or null.</param>
public sealed record JsonResponse(int StatusCode, object Value, string? Location = null) : IResult, IStatusCodeHttpResult
{
    /// <summary>The media type of every successful JSON answer.</summary>
    public const string ContentType = "application/json";

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    /// <summary>200 with <paramref name="value"/>.</summary>
    public static JsonResponse Ok(object value) => new(StatusCodes.Status200OK, value);

    /// <summary>201 with <paramref name="value"/> at <paramref name="location"/>.</summary>
    public static JsonResponse Created(string location, object value) => new(StatusCodes.Status201Created, value, location);

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var body = JsonSerializer.SerializeToUtf8Bytes(Value, Value.GetType(), ApiProblem.Json);
        httpContext.Response.StatusCode = StatusCode;
        httpContext.Response.ContentType = ContentType;
        if (Location is not null) httpContext.Response.Headers.Location = Location;
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
