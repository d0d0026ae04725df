using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Workers.Webhooks;

/// <summary>The webhook dispatcher; section <c>Efactura:Workers:WebhookDispatcher</c>, validated at start.</summary>
public sealed class WebhookDispatcherOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Workers:WebhookDispatcher";

    /// <summary>How long one delivery may take, connection included, before it counts as failed; default 10 s (1 s to 5 min).</summary>
    /// <value>10 s.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = Section + ":Timeout must be between 1 second and 5 minutes (e.g. \"00:00:10\").")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long connecting to a receiver may take; default 5 s (1 s to 1 min). A host that never accepts fails fast.</summary>
    /// <value>5 s.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ErrorMessage = Section + ":ConnectTimeout must be between 1 second and 1 minute (e.g. \"00:00:05\").")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Deliveries in flight at once in this process, across tenants; default 16 (1 to 1000).</summary>
    /// <value>16.</value>
    [Range(1, 1000, ErrorMessage = Section + ":Parallelism must be between 1 and 1000.")]
    public int Parallelism { get; set; } = 16;

    /// <summary>
    /// Deliveries of one tenant in flight at once (across nodes); default 4 (1 to 1000). A tenant whose endpoint never
    /// answers holds at most this many, so the other tenants' deliveries still go out.
    /// </summary>
    /// <value>4.</value>
    [Range(1, 1000, ErrorMessage = Section + ":PerTenantParallelism must be between 1 and 1000.")]
    public int PerTenantParallelism { get; set; } = 4;

    /// <summary>The wait after the first failed attempt, doubling after each further one; default 30 s.</summary>
    /// <value>30 s.</value>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = Section + ":RetryBaseDelay must be between 1 second and 1 day.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between attempts; default 1 h.</summary>
    /// <value>1 h.</value>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = Section + ":RetryMaxDelay must be between 1 second and 7 days.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long after its first attempt a delivery is retried before it is dead-lettered; default 24 h (DESIGN §4.4).</summary>
    /// <value>24 h.</value>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ErrorMessage = Section + ":RetryFor must be between 0 and 30 days.")]
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Each wait is spread by up to this share either way, so receivers coming back are not hit all at once; default 0.2 (0 to 1).</summary>
    /// <value>0.2.</value>
    [Range(0.0, 1.0, ErrorMessage = Section + ":Jitter must be between 0 and 1.")]
    public double Jitter { get; set; } = 0.2;
}
