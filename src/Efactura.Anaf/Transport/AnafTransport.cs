using Efactura.Anaf.Quotas;

namespace Efactura.Anaf.Transport;

/// <summary>
/// Sends requests with a per-attempt timeout, waits out HTTP 429, and retries transient failures of
/// idempotent calls with exponential backoff and jitter. A call that may have changed ANAF's state
/// is never repeated unless the request provably never left.
/// </summary>
internal sealed class AnafTransport(HttpClient http, AnafClientOptions options, IAnafQuota quota)
{
    /// <summary>Sends the request <paramref name="build"/> makes (a new one per attempt).</summary>
    public async Task<Exchange> SendAsync(Func<HttpRequestMessage> build, CallSafety safety, CancellationToken cancellationToken)
    {
        var retries = 0;
        var waits = 0;
        while (true)
        {
            await quota.WaitForCallSlotAsync(cancellationToken);
            var exchange = await AttemptAsync(build, cancellationToken);
            TimeSpan? pause = exchange switch
            {
                HttpAnswer { Status: 429 } answer when waits < options.MaxTooManyRequestsWaits => RetryAfter(answer),
                HttpAnswer { Status: 500 or 502 or 503 or 504 } when safety == CallSafety.Idempotent && retries < options.MaxRetries => Backoff(retries),
                TransportFailure failure when retries < options.MaxRetries && (safety == CallSafety.Idempotent || !failure.MayHaveBeenSent) => Backoff(retries),
                _ => null,
            };
            if (pause is null) return exchange;
            if (exchange is HttpAnswer { Status: 429 }) waits++;
            else retries++;
            await Task.Delay(pause.Value, options.Time, cancellationToken);
        }
    }

    private async Task<Exchange> AttemptAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = build();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            return new HttpAnswer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response.Headers);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new TransportFailure(TimedOut: true, MayHaveBeenSent: true, $"no answer within {options.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e)
        {
            var neverSent = e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                || e.InnerException is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused };
            return new TransportFailure(TimedOut: false, MayHaveBeenSent: !neverSent, $"{e.HttpRequestError}: {e.Message}");
        }
    }

    private TimeSpan RetryAfter(HttpAnswer answer)
    {
        var header = answer.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return Max(date - options.Time.GetUtcNow(), TimeSpan.Zero);
        return options.TooManyRequestsWait;
    }

    // Exponential backoff with equal jitter: between half and all of base·2^n, capped, so clients spread out.
    private TimeSpan Backoff(int retry)
    {
        var ceiling = Math.Min(options.RetryMaxDelay.TotalMilliseconds, options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, retry));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + Random.Shared.NextDouble() / 2));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
