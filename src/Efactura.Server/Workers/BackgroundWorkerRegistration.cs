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
        services.AddSingleton(configuration.GetSection(IncomingSyncOptions.Section).Get<IncomingSyncOptions>() ?? new IncomingSyncOptions());
        return services.AddWorker<IncomingSync>();
    }

    /// <summary>Adds <see cref="TokenRefresher"/> with <c>Efactura:Workers:TokenRefresher</c>.</summary>
    public static IServiceCollection AddTokenRefresher(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(configuration.GetSection(TokenRefresherOptions.Section).Get<TokenRefresherOptions>() ?? new TokenRefresherOptions());
        return services.AddWorker<TokenRefresher>();
    }

    /// <summary>Adds <see cref="WebhookDispatcher"/> with <c>Efactura:Workers:WebhookDispatcher</c>.</summary>
    public static IServiceCollection AddWebhookDispatcher(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Hosting.OptionsRules<WebhookDispatcherOptions>.Add(services, configuration.GetSection(WebhookDispatcherOptions.Section));
        services.AddSingleton(configuration.GetSection(WebhookTargetOptions.Section).Get<WebhookTargetOptions>() ?? new WebhookTargetOptions());
        services.AddSingleton<WebhookTargets>();
        services.TryAddSingleton<WebhookMetrics>();
        return services.AddWorker<WebhookDispatcher>();
    }

    /// <summary>Adds <see cref="DeadlineWatcher"/> with <c>Efactura:Workers:DeadlineWatcher</c>.</summary>
    public static IServiceCollection AddDeadlineWatcher(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(configuration.GetSection(DeadlineWatcherOptions.Section).Get<DeadlineWatcherOptions>() ?? new DeadlineWatcherOptions());
        return services.AddWorker<DeadlineWatcher>();
    }
}
