using Efactura.Server.Storage.Idempotency;

namespace Efactura.Server.Api.Idempotency;

/// <summary>Writes a stored answer exactly: status, Content-Type, Location and body bytes.</summary>
/// <param name="Response">The answer.</param>
public sealed record StoredAnswer(StoredResponse Response) : IResult, IStatusCodeHttpResult
{
    int? IStatusCodeHttpResult.StatusCode => Response.StatusCode;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = Response.StatusCode;
        httpContext.Response.ContentType = Response.ContentType;
        if (Response.Location is not null) httpContext.Response.Headers.Location = Response.Location;
        httpContext.Response.ContentLength = Response.Body.Length;
        await httpContext.Response.Body.WriteAsync(Response.Body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
