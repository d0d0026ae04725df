using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;
using Efactura.Server.Observability;
using Efactura.Server.Storage.Webhooks;

namespace Efactura.Server.Workers.Webhooks;

/// <summary>
/// Worker <c>webhook-dispatcher</c>: claims due deliveries and POSTs each event, signed
/// (<see cref="WebhookSignature"/>), to its subscription's URL, with a connect and a total time limit each. Fair
/// between tenants: a round does not wait for the deliveries it started; it claims again as soon as one finishes,
/// up to <see cref="WebhookDispatcherOptions.Parallelism"/> in flight, and never more than
/// <see cref="WebhookDispatcherOptions.PerTenantParallelism"/> of one tenant (<see cref="WebhookRepository.ClaimDueAsync"/>),
/// so a tenant whose endpoint never answers delays only itself. A 2xx answer delivers it; anything else is retried
/// on the <see cref="WebhookRetrySchedule"/> for 24 h and then dead-lettered, visible in the deliveries list.
/// At least once: a receiver may see an event twice and tells by its <c>id</c>.
/// </summary>
public sealed partial class WebhookDispatcher : WorkerLoop
{
    /// <summary>The worker's name.</summary>
    public const string WorkerName = "webhook-dispatcher";

    /// <summary>The header carrying the event id (the same as the body's <c>id</c>).</summary>
    public const string EventIdHeader = "Efactura-Event-Id";

    /// <summary>The header carrying the event type.</summary>
    public const string EventTypeHeader = "Efactura-Event-Type";

    private readonly WebhookRepository _webhooks;
    private readonly NodeIdentity _node;
    private readonly WebhookDispatcherOptions _dispatch;
    private readonly WebhookRetrySchedule _schedule;
    private readonly WebhookMetrics _metrics;
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<long, InFlight> _inFlight = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    /// <summary>A dispatcher with its own HTTP client (no redirects: a webhook URL is exact; no internal address, <see cref="WebhookTargets"/>).</summary>
    public WebhookDispatcher(
        WebhookRepository webhooks, NodeIdentity node, WebhookDispatcherOptions dispatch, WebhookTargets targets, WebhookMetrics metrics,
        WorkerOptions options, TimeProvider time, ILogger<WebhookDispatcher> logger)
        : base(options, time, logger)
    {
        _webhooks = webhooks ?? throw new ArgumentNullException(nameof(webhooks));
        _node = node ?? throw new ArgumentNullException(nameof(node));
        _dispatch = dispatch ?? throw new ArgumentNullException(nameof(dispatch));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _schedule = new WebhookRetrySchedule(dispatch);
        ArgumentNullException.ThrowIfNull(targets);
        // Every connection goes through the target check, against the address actually connected to.
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = dispatch.ConnectTimeout, ConnectCallback = targets.ConnectAsync,
        })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("efactura-webhooks", "1"));
    }

    /// <inheritdoc />
    public override string Name => WorkerName;

    private string Claimer => _node.Claimer(WorkerName);

    /// <summary>Deliveries being sent now, per tenant.</summary>
    public IReadOnlyDictionary<Guid, int> InFlightByTenant =>
        _inFlight.Values.GroupBy(f => f.TenantId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// Completes when the deliveries in flight now (of <paramref name="tenantId"/> only, when given) have finished:
    /// what tests await after a round, and what stopping awaits.
    /// </summary>
    public Task WhenSentAsync(Guid? tenantId = null) =>
        Task.WhenAll(_inFlight.Values.Where(f => tenantId is null || f.TenantId == tenantId).Select(f => f.Done));

    /// <inheritdoc />
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var room = _dispatch.Parallelism - _inFlight.Count;
        if (room <= 0) return false;
        var due = await _webhooks.ClaimDueAsync(Claimer, Options.Lease, room, cancellationToken, _dispatch.PerTenantParallelism).ConfigureAwait(false);
        foreach (var dispatch in due) Start(dispatch);
        return due.Count > 0;
    }

    // Sends in the background; when it ends the worker is woken to claim what the freed place allows.
    private void Start(WebhookDispatch dispatch)
    {
        var registered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var done = SendAsync(dispatch, registered.Task);
        _inFlight[dispatch.Delivery.Id] = new InFlight(dispatch.Delivery.TenantId, done);
        registered.SetResult();
    }

    private async Task SendAsync(WebhookDispatch dispatch, Task registered)
    {
        await registered.ConfigureAwait(false);
        try
        {
            await DeliverAsync(dispatch, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the claim runs out and another round (or node) sends it.
        }
#pragma warning disable CA1031 // One delivery's failure (e.g. the database) must not end the others; its claim runs out and it is tried again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogSendFailed(Logger, e, dispatch.Delivery.Id);
        }
        finally
        {
            _inFlight.TryRemove(dispatch.Delivery.Id, out _);
            try { Wake(); }
            catch (ObjectDisposedException) { /* the worker was disposed while this was in flight */ }
        }
    }

    private async Task DeliverAsync(WebhookDispatch dispatch, CancellationToken cancellationToken)
    {
        var delivery = dispatch.Delivery;
        var (status, error) = await PostAsync(dispatch, cancellationToken).ConfigureAwait(false);
        if (error is null)
        {
            await _webhooks.MarkDeliveredAsync(delivery.Id, Claimer, status!.Value, cancellationToken).ConfigureAwait(false);
            _metrics.Attempts.Increment("delivered");
            LogDelivered(Logger, delivery.Id, delivery.SubscriptionId, dispatch.Event.Type, status.Value);
            return;
        }
        var attempts = delivery.Attempts + 1;
        var retryAt = _schedule.Next(Time.GetUtcNow(), attempts, Random.Shared.NextDouble());
        await _webhooks.MarkFailedAsync(delivery.Id, Claimer, status, error, retryAt, cancellationToken).ConfigureAwait(false);
        if (retryAt is { } next)
        {
            _metrics.Attempts.Increment("failed");
            LogFailed(Logger, delivery.Id, delivery.SubscriptionId, dispatch.Event.Type, error, attempts, next);
        }
        else
        {
            _metrics.Attempts.Increment("dead");
            LogDead(Logger, delivery.Id, delivery.SubscriptionId, dispatch.Event.Type, error, attempts);
        }
    }

    // The answer's status, and the failure (null for 2xx).
    private async Task<(int? Status, string? Error)> PostAsync(WebhookDispatch dispatch, CancellationToken cancellationToken)
    {
        var body = WebhookBody.Write(dispatch.Event);
        using var request = new HttpRequestMessage(HttpMethod.Post, dispatch.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Header(dispatch.Secret, Time.GetUtcNow().ToUnixTimeSeconds(), body));
        request.Headers.Add(EventIdHeader, dispatch.Event.Id.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(EventTypeHeader, dispatch.Event.Type);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var limit = new CancellationTokenSource(_dispatch.Timeout, Time);
        using var limited = limit.Token.Register(timeout.Cancel);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return (status, status is >= 200 and < 300 ? null : $"HTTP {status}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"no answer within {_dispatch.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException e) when (e.InnerException is InternalTargetException refused)
        {
            return (null, $"not sent: {refused.Message}");
        }
        catch (HttpRequestException e)
        {
            return (null, $"connection failed: {e.HttpRequestError}");
        }
    }

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _stopping.CancelAsync().ConfigureAwait(false);
        await WhenSentAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        // Registered as itself and as a hosted service: disposed twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stopping.Cancel();
        _stopping.Dispose();
        _http.Dispose();
        base.Dispose();
    }

    private sealed record InFlight(Guid TenantId, Task Done);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery {DeliveryId}: sending failed; its claim runs out and it is tried again")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, long deliveryId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Webhook delivery {DeliveryId} ({EventType}) to subscription {SubscriptionId} delivered: HTTP {StatusCode}")]
    private static partial void LogDelivered(ILogger logger, long deliveryId, Guid subscriptionId, string eventType, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} ({EventType}) to subscription {SubscriptionId} failed: {Error}; attempt {Attempt}, next at {RetryAt:O}")]
    private static partial void LogFailed(ILogger logger, long deliveryId, Guid subscriptionId, string eventType, string error, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook delivery {DeliveryId} ({EventType}) to subscription {SubscriptionId} is dead after {Attempts} attempts: {Error}")]
    private static partial void LogDead(ILogger logger, long deliveryId, Guid subscriptionId, string eventType, string error, int attempts);
}
