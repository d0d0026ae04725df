using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Deadlines;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Idempotency;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Migrations;
using Efactura.Server.Storage.Notices;
using Efactura.Server.Storage.Quotas;
using Efactura.Server.Storage.Reconciliation;
using Efactura.Server.Storage.Secrets;
using Efactura.Server.Storage.Statistics;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Storage.Webhooks;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Efactura.Server.Storage;

/// <summary>Registers the database, the secret protector, the migrator and every repository.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>Adds storage configured from <c>Efactura:Database</c> and <c>Efactura:Secrets</c>.</summary>
    public static IServiceCollection AddEfacturaStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var secrets = configuration.GetSection(SecretKeyOptions.Section).Get<SecretKeyOptions>() ?? new SecretKeyOptions();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => Database.Create(database));
        services.AddSingleton(_ => new SecretProtector(SecretKeySource.Load(secrets)));
        services.AddSingleton<Migrator>();
        services.AddSingleton<TenantRepository>();
        services.AddSingleton<CompanyRepository>();
        services.AddSingleton<AnafConnectionRepository>();
        services.AddSingleton<AnafAuthorizationRepository>();
        services.AddSingleton<InvoiceRepository>();
        services.AddSingleton<EventRepository>();
        services.AddSingleton<DocumentRepository>();
        services.AddSingleton<IdempotencyRepository>();
        services.AddSingleton<WebhookRepository>();
        services.AddSingleton<SpvMessageRepository>();
        services.AddSingleton<IncomingInvoiceRepository>();
        services.AddSingleton<QuotaRepository>();
        services.AddSingleton<ReconcileDownloadRepository>();
        services.AddSingleton<NoticeRepository>();
        services.AddSingleton<DeadlineRepository>();
        services.AddSingleton<StatisticsRepository>();
        services.AddSingleton<Archive.ArchiveRepository>();
        return services;
    }
}
