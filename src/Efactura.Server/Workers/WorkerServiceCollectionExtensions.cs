using Efactura.Server.Workers.Deadlines;
using Efactura.Server.Workers.Incoming;
using Efactura.Server.Workers.Tokens;
using Efactura.Server.Workers.Webhooks;

namespace Efactura.Server.Workers;

/// <summary>Registers the background workers (each also as itself, so the API can <see cref="WorkerLoop.Wake"/> it).</summary>
public static class WorkerServiceCollectionExtensions
{
    /// <summary>Adds the workers configured from <c>Efactura:Workers</c>.</summary>
    public static IServiceCollection AddEfacturaWorkers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Hosting.OptionsRules<WorkerOptions>.Add(services, configuration.GetSection(WorkerOptions.Section));
        services.AddSingleton(NodeIdentity.ForThisProcess());
        // One line per worker: services.AddWorker<Submitter>();
        services.AddIncomingSync(configuration);
        services.AddTokenRefresher(configuration);
        services.AddWebhookDispatcher(configuration);
        services.AddDeadlineWatcher(configuration);
        Incoming.ExpiryWatcherRegistration.AddExpiryWatcher(services, configuration);
        Hosting.OptionsRules<OutgoingInvoiceOptions>.Add(services, configuration.GetSection(OutgoingInvoiceOptions.Section));
        services.AddWorker<Submitter>();
        services.AddWorker<Reconciler>();
        services.AddWorker<StatusPoller>();
        return services;
    }

    /// <summary>Adds <typeparamref name="TWorker"/> as a hosted service and as a singleton of its own type.</summary>
    public static IServiceCollection AddWorker<TWorker>(this IServiceCollection services) where TWorker : WorkerLoop
    {
        services.AddSingleton<TWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<TWorker>());
        return services;
    }
}
