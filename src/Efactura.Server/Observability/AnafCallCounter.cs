namespace Efactura.Server.Observability;

/// <summary>
/// Counts every request to ANAF by operation and outcome (<see cref="AnafCallMetrics"/>); sits on the gateway's
/// ANAF HttpClient, under the client's own retries, so each attempt counts.
/// </summary>
public sealed class AnafCallCounter(AnafCallMetrics metrics) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var operation = AnafOperation.Of(request.RequestUri);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            metrics.Calls.Increment(operation, StatusClass((int)response.StatusCode));
            return response;
        }
        catch (OperationCanceledException)
        {
            // The client cancels an attempt at its timeout (AnafClientOptions.Timeout).
            metrics.Calls.Increment(operation, "timeout");
            throw;
        }
        catch (HttpRequestException)
        {
            metrics.Calls.Increment(operation, "network");
            throw;
        }
    }

    private static string StatusClass(int status) => status switch
    {
        >= 200 and < 300 => "2xx",
        >= 300 and < 400 => "3xx",
        >= 400 and < 500 => "4xx",
        >= 500 and < 600 => "5xx",
        _ => "other",
    };
}
