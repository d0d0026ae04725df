using Efactura.Anaf.Quotas;
using Efactura.Server.Hosting;
using Efactura.Server.Observability;
using Efactura.Server.Storage.Companies;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Efactura.Server.Storage.Quotas;

namespace Efactura.Server.Anaf;

/// <summary>Registers what reaches ANAF: options, the simulator host, the quota limiter and the client factory.</summary>
public static class AnafServiceCollectionExtensions
{
    /// <summary>Adds the ANAF services configured from <c>Efactura:Anaf</c>, in <paramref name="mode"/>.</summary>
    public static IServiceCollection AddEfacturaAnaf(this IServiceCollection services, IConfiguration configuration, ServerMode mode)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(mode);
        var section = configuration.GetSection(AnafOptions.Section);
        var options = section.Get<AnafOptions>() ?? new AnafOptions();
        // Not named: the simulator where it exists, else ANAF TEST (never the simulator in Production by default).
        if (section[nameof(AnafOptions.DefaultEnvironment)] is null)
            options.DefaultEnvironment = mode.SimulatorEnabled ? AnafEnvironment.Simulator : AnafEnvironment.Test;
        services.AddSingleton(options);
        // Checked before anything starts (ServerApplication.StartAsync, and the host's own start): a Production server
        // without what it needs stops and says what is missing.
        services.AddOptions<AnafOptions>().Configure(o => Copy(options, o)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AnafOptions>>(new AnafOptionsValidator(mode));
        services.AddSingleton<Storage.Simulator.SimulatorKeyRepository>();
        services.AddSingleton<Storage.Simulator.SimulatorStateRepository>();
        services.AddSingleton<SimulatorHost>();
        // The client applies its own per-attempt timeout (AnafOptions.Timeout); the HttpClient's must not cut it short.
        // Every attempt is counted by operation and outcome for /metrics (Observability/AnafCallCounter).
        services.TryAddSingleton<AnafCallMetrics>();
        services.AddSingleton(sp => new AnafCallCounter(sp.GetRequiredService<AnafCallMetrics>())
        {
            InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        });
        services.AddSingleton(sp => new HttpClient(sp.GetRequiredService<AnafCallCounter>(), disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan });
        // A company's calls go through the same handler and record when ANAF last answered them (the companies list).
        services.AddSingleton(sp => new LastAnafCall(sp.GetRequiredService<AnafCallCounter>(), sp.GetRequiredService<CompanyRepository>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LastAnafCall>>()));
        // In the database, so every node shares ANAF's limits and a restart keeps the day's counts (DESIGN §5).
        services.AddSingleton(sp => new DatabaseAnafQuota(sp.GetRequiredService<QuotaRepository>(),
            new QuotaLimits { SafetyMargin = options.QuotaMargin, CallsPerWindow = options.CallsPerMinute }, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IAnafQuota>(sp => sp.GetRequiredService<DatabaseAnafQuota>());
        services.AddSingleton<AnafClients>();
        return services;
    }

    private static void Copy(AnafOptions from, AnafOptions to)
    {
        to.DefaultEnvironment = from.DefaultEnvironment;
        to.ClientId = from.ClientId;
        to.ClientSecret = from.ClientSecret;
        to.RedirectUri = from.RedirectUri;
        to.QuotaMargin = from.QuotaMargin;
        to.CallsPerMinute = from.CallsPerMinute;
        to.Timeout = from.Timeout;
        to.ProductionSigners = from.ProductionSigners;
        to.Simulator = from.Simulator;
    }
}
