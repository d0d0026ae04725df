using Efactura.Core.Calendar;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Statistics;
using Efactura.Server.Storage.Webhooks;
using Efactura.Server.Workers;
using Sample = Efactura.Server.Observability.PrometheusText.Sample;

namespace Efactura.Server.Observability;

/// <summary>
/// <c>GET /metrics</c>: the gateway in the Prometheus text format. Counts from the database (invoices by state,
/// queues, webhook deliveries, ANAF quota use) and from this process (ANAF calls, webhook attempts, worker rounds).
/// Numbers only: no tenant, company or invoice data appears in a label. Every counter of this process carries the label
/// <c>node</c>, this process's identity (<see cref="NodeIdentity"/>: host, process id and a random part, new at each
/// start): a restart begins a new series from zero instead of resetting one, so Prometheus's <c>rate</c> and
/// <c>increase</c> per series, summed over <c>node</c>, add up every node and every restart.
/// </summary>
public static class MetricsEndpoint
{
    /// <summary>Maps <c>GET /metrics</c> (outside <c>/v1</c>: no API key, like <c>/healthz</c>).</summary>
    public static IEndpointConventionBuilder MapEfacturaMetrics(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.MapGet("/metrics", (Func<HttpContext, Task<Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult>>)WriteAsync).ExcludeFromDescription();
    }

    /// <summary>Writes the exposition.</summary>
    public static async Task<Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult> WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var statistics = await services.GetRequiredService<StatisticsRepository>()
            .ReadAsync(RomanianDayStart(time.GetUtcNow()), context.RequestAborted).ConfigureAwait(false);
        var workers = services.GetServices<IHostedService>().OfType<WorkerLoop>().ToList();
        var node = services.GetService<NodeIdentity>()?.Name ?? Environment.MachineName;
        var text = Render(statistics, services.GetRequiredService<AnafCallMetrics>(), services.GetRequiredService<WebhookMetrics>(), workers, node);
        return TypedResults.Text(text, PrometheusText.ContentType);
    }

    /// <summary>
    /// The UTC instant of the Romanian midnight that began the day of <paramref name="instant"/>: ANAF's daily limits
    /// count Romanian days, so quota use is shown for windows that started since then.
    /// </summary>
    public static DateTimeOffset RomanianDayStart(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, RomanianTime.Zone);
        // Midnight always exists in Bucharest (the clocks change at 03:00 and 04:00).
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local.Date, DateTimeKind.Unspecified), RomanianTime.Zone), TimeSpan.Zero);
    }

    /// <summary>The exposition of these numbers; this process's counters labelled <c>node</c>=<paramref name="node"/>.</summary>
    public static string Render(GatewayStatistics statistics, AnafCallMetrics anaf, WebhookMetrics webhooks, IReadOnlyList<WorkerLoop> workers, string node)
    {
        ArgumentException.ThrowIfNullOrEmpty(node);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(anaf);
        ArgumentNullException.ThrowIfNull(webhooks);
        ArgumentNullException.ThrowIfNull(workers);
        var invoices = statistics.InvoicesByState;
        var deliveries = statistics.DeliveriesByStatus;
        return new PrometheusText()
            .Gauge("efactura_invoices", "Invoices by state.",
                invoices.OrderBy(p => p.Key).Select(p => Sample.Of("state", StoredName.Of(p.Key), p.Value)))
            .Gauge("efactura_queue_depth", "Work waiting: invoices per waiting state, webhook deliveries pending, incoming downloads pending.",
            [
                Sample.Of("queue", "invoices_scheduled", invoices[InvoiceState.Scheduled]),
                Sample.Of("queue", "invoices_queued", invoices[InvoiceState.Queued]),
                Sample.Of("queue", "invoices_uploading", invoices[InvoiceState.Uploading]),
                Sample.Of("queue", "invoices_reconciling", invoices[InvoiceState.Reconciling]),
                Sample.Of("queue", "invoices_submitted", invoices[InvoiceState.Submitted]),
                Sample.Of("queue", "webhook_deliveries_pending", deliveries[DeliveryStatus.Pending]),
                Sample.Of("queue", "incoming_downloads_pending", statistics.PendingDownloads),
            ])
            .Gauge("efactura_incoming_expiring", "Received invoices not downloaded whose 60 days on ANAF run out soon (warned with incoming.expiring).",
                [new Sample([], statistics.ExpiringDownloads)])
            .Gauge("efactura_webhook_deliveries", "Webhook deliveries by status (dead = retries used up, visible in the deliveries list).",
                deliveries.OrderBy(p => p.Key).Select(p => Sample.Of("status", StoredName.Of(p.Key), p.Value)))
            .Gauge("efactura_webhook_failed_attempts", "Failed attempts of webhook deliveries that are pending or dead.",
                [new Sample([], statistics.FailedDeliveryAttempts)])
            .Counter("efactura_webhook_attempts_total", "Webhook delivery attempts made by this process, by outcome.",
                webhooks.Attempts.Snapshot().Select(s => new Sample([("node", node), ("outcome", s.Values[0])], s.Count)))
            .Counter("efactura_anaf_calls_total", "HTTP requests to ANAF made by this process, by operation and outcome (status class, timeout, network).",
                anaf.Calls.Snapshot().Select(s => new Sample([("node", node), ("endpoint", s.Values[0]), ("outcome", s.Values[1])], s.Count)))
            .Counter("efactura_anaf_signatures_total", "Checks of ANAF's signature on downloaded ZIPs by this process, by source (invoice, incoming) and outcome (verified, unknown-signer, invalid).",
                anaf.Signatures.Snapshot().Select(s => new Sample([("node", node), ("source", s.Values[0]), ("outcome", s.Values[1])], s.Count)))
            .Gauge("efactura_anaf_quota_used", "ANAF quota counted today (Romanian day, ANAF's daily limits), summed per kind across its messages or CUIs (all nodes).",
                statistics.Quotas.Select(q => Sample.Of("quota", q.Quota, q.Used)))
            .Gauge("efactura_anaf_quota_max_used", "The most one message or CUI used today of a kind of ANAF quota (compare with the per-message or per-CUI limit).",
                statistics.Quotas.Select(q => Sample.Of("quota", q.Quota, q.MaxPerScope)))
            .Counter("efactura_worker_rounds_total", "Worker rounds in this process: busy (found work), idle, error.",
                workers.OrderBy(w => w.Name, StringComparer.Ordinal).SelectMany(w => new[]
                {
                    new Sample([("node", node), ("worker", w.Name), ("result", "busy")], w.Statistics.Busy),
                    new Sample([("node", node), ("worker", w.Name), ("result", "idle")], w.Statistics.Idle),
                    new Sample([("node", node), ("worker", w.Name), ("result", "error")], w.Statistics.Failed),
                }))
            .ToString();
    }
}
