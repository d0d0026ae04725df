using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Efactura.Server.Observability;

/// <summary>Registers the metrics and the ANAF reachability check of <c>/healthz</c>.</summary>
public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>Adds the in-process counters and the <c>anaf</c> health check (degraded when ANAF is unreachable).</summary>
    public static IServiceCollection AddEfacturaObservability(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<AnafCallMetrics>();
        services.TryAddSingleton<WebhookMetrics>();
        Hosting.OptionsRules<ReachabilityOptions>.Add(services, configuration.GetSection(ReachabilityOptions.Section));
        services.AddSingleton<AnafReachabilityCheck>();
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "anaf", sp => sp.GetRequiredService<AnafReachabilityCheck>(), HealthStatus.Degraded, ["anaf"]));
        return services;
    }
}
