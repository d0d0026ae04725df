using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Observability;

/// <summary>The ANAF reachability check of <c>/healthz</c>; section <c>Efactura:Observability:AnafReachability</c>.</summary>
public sealed class ReachabilityOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Observability:AnafReachability";

    /// <summary>How long one probe may take; default 3 s.</summary>
    /// <value>3 s.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = Section + ":Timeout must be between 100 milliseconds and 1 minute.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a verdict is reused before ANAF is probed again; default 30 s (health checks come often).</summary>
    /// <value>30 s.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = Section + ":CacheFor must be between 0 and 1 hour.")]
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(30);
}
