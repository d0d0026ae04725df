namespace Efactura.Server.Workers.Webhooks;

/// <summary>The webhook dispatcher; section <c>Efactura:Workers:WebhookDispatcher</c>.</summary>
public sealed class WebhookDispatcherOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Workers:WebhookDispatcher";

    /// <summary>How long one delivery may take before it counts as failed; default 10 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Deliveries sent at the same time, so a slow receiver does not hold up the others; default 8.</summary>
    public int Parallelism { get; set; } = 8;

    /// <summary>The wait after the first failed attempt, doubling after each further one; default 30 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts; default 1 h.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after its first attempt a delivery is retried before it is dead-lettered; default 24 h (DESIGN §4.4).</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Each wait is spread by up to this share either way, so receivers coming back are not hit all at once; default 0.2.</summary>
    public double Jitter { get; set; } = 0.2;
}
