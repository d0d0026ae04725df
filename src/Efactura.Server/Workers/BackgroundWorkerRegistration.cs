using Efactura.Server.Observability;
using Efactura.Server.Workers.Deadlines;
using Efactura.Server.Workers.Incoming;
using Efactura.Server.Workers.Tokens;
using Efactura.Server.Workers.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Efactura.Server.Workers;

/// <summary>Registers the incoming sync, token refresher, webhook dispatcher and deadline watcher, each with its options.</summary>
public static class BackgroundWorkerRegistration
{
    /// <summary>Adds <see cref="IncomingSync"/> with <c>Efactura:Workers:IncomingSync</c>.</summary>
    public static IServiceCollection AddIncomingSync(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Hosting.OptionsRules<IncomingSyncOptions>.Add(services, configuration.GetSection(IncomingSyncOptions.Section));
        return services.AddWorker<IncomingSync>();
    }

    /// <summary>Adds <see cref="TokenRefresher"/> with <c>Efactura:Workers:TokenRefresher</c>.</summary>
    public static IServiceCollection AddTokenRefresher(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Hosting.OptionsRules<TokenRefresherOptions>.Add(services, configuration.GetSection(TokenRefresherOptions.Section));
        return services.AddWorker<TokenRefresher>();
    }

    /// <summary>Adds <see cref="WebhookDispatcher"/> with <c>Efactura:Workers:WebhookDispatcher</c>.</summary>
    public static IServiceCollection AddWebhookDispatcher(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Hosting.OptionsRules<WebhookDispatcherOptions>.Add(services, configuration.GetSection(WebhookDispatcherOptions.Section));
        Hosting.OptionsRules<WebhookTargetOptions>.Add(services, configuration.GetSection(WebhookTargetOptions.Section));
        services.AddSingleton<WebhookTargets>();
        services.TryAddSingleton<WebhookMetrics>();
        return services.AddWorker<WebhookDispatcher>();
    }

    /// <summary>Adds <see cref="DeadlineWatcher"/> with <c>Efactura:Workers:DeadlineWatcher</c>.</summary>
    public static IServiceCollection AddDeadlineWatcher(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Hosting.OptionsRules<DeadlineWatcherOptions>.Add(services, configuration.GetSection(DeadlineWatcherOptions.Section));
        return services.AddWorker<DeadlineWatcher>();
    }
}
