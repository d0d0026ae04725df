using Microsoft.AspNetCore.Diagnostics;

namespace Efactura.Server.Api.Problems;

/// <summary>
/// The last resort of the error pipeline: an exception no endpoint handled becomes a problem+json 500 that names the
/// request's trace id (to find the logged exception) and nothing of the server's inside (no exception type, message or
/// stack), never an empty 500. A request the server refused to read (Kestrel's <see cref="BadHttpRequestException"/>:
/// a body over the limit, a malformed request) gets its own status.
/// </summary>
public sealed partial class UnexpectedErrorHandler(ILogger<UnexpectedErrorHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        if (httpContext.Response.HasStarted) return false;
        var trace = httpContext.TraceIdentifier;
        IResult problem;
        if (exception is BadHttpRequestException bad)
        {
            problem = ApiProblem.Create(bad.StatusCode, bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "too-large" : "bad-request",
                bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The request is too large" : "The request is malformed",
                $"The server could not read the request (status {bad.StatusCode}).");
        }
        else
        {
            Failed(logger, httpContext.Request.Method, httpContext.Request.Path, trace, exception);
            problem = ApiProblem.Create(StatusCodes.Status500InternalServerError, "internal-error", "An unexpected error occurred",
                $"The request could not be completed because of an error in the server; it is logged under trace id {trace}. Retrying may help; if it does not, report the trace id.");
        }
        await problem.ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in {Method} {Path} (trace id {TraceId})")]
    private static partial void Failed(ILogger logger, string method, string path, string traceId, Exception exception);
}
