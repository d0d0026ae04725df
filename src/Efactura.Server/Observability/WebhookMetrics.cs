namespace Efactura.Server.Observability;

/// <summary>Webhook delivery attempts made by this process, by outcome.</summary>
public sealed class WebhookMetrics
{
    /// <summary>Outcome <c>delivered</c> (2xx), <c>failed</c> (will be retried) or <c>dead</c> (retries used up).</summary>
    public LabeledCounter Attempts { get; } = new("outcome");
}
