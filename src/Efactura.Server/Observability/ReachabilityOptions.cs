namespace Efactura.Server.Observability;

/// <summary>The ANAF reachability check of <c>/healthz</c>; section <c>Efactura:Observability:AnafReachability</c>.</summary>
public sealed class ReachabilityOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Observability:AnafReachability";

    /// <summary>How long one probe may take; default 3 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long a verdict is reused before ANAF is probed again; default 30 s (health checks come often).</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(30);
}
