using Efactura.Anaf.Quotas;
using Efactura.Server.Observability;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Efactura.Server.Storage.Quotas;

namespace Efactura.Server.Anaf;

/// <summary>Registers what reaches ANAF: options, the simulator host, the quota limiter and the client factory.</summary>
public static class AnafServiceCollectionExtensions
{
    /// <summary>Adds the ANAF services configured from <c>Efactura:Anaf</c>.</summary>
    public static IServiceCollection AddEfacturaAnaf(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(AnafOptions.Section).Get<AnafOptions>() ?? new AnafOptions();
        services.AddSingleton(options);
        services.AddSingleton<SimulatorHost>();
        // The client applies its own per-attempt timeout (AnafOptions.Timeout); the HttpClient's must not cut it short.
        // Every attempt is counted by operation and outcome for /metrics (Observability/AnafCallCounter).
        services.TryAddSingleton<AnafCallMetrics>();
        services.AddSingleton(sp => new HttpClient(new AnafCallCounter(sp.GetRequiredService<AnafCallMetrics>())
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        }) { Timeout = Timeout.InfiniteTimeSpan });
        // In the database, so every node shares ANAF's limits and a restart keeps the day's counts (DESIGN §5).
        if (options.CallsPerMinute < 1)
            throw new InvalidOperationException($"Efactura:Anaf:CallsPerMinute is {options.CallsPerMinute}; it must be at least 1 (ANAF's published limit is 1000).");
        services.AddSingleton(sp => new DatabaseAnafQuota(sp.GetRequiredService<QuotaRepository>(),
            new QuotaLimits { SafetyMargin = options.QuotaMargin, CallsPerWindow = options.CallsPerMinute }, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAnafQuota>(sp => sp.GetRequiredService<DatabaseAnafQuota>());
        services.AddSingleton<AnafClients>();
        return services;
    }
}
