using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Dashboard;
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
        // Checked at start with every other option (ServerApplication.StartAsync), before the database is opened.
        Hosting.OptionsRules<DatabaseOptions>.Add(services, configuration.GetSection(DatabaseOptions.Section));
        Hosting.OptionsRules<SecretKeyOptions>.Add(services, configuration.GetSection(SecretKeyOptions.Section));

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => Database.Create(sp.GetRequiredService<DatabaseOptions>()));
        services.AddSingleton(sp => new SecretProtector(SecretKeySource.Load(sp.GetRequiredService<SecretKeyOptions>())));
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
        services.AddSingleton<IncomingReplyRepository>();
        services.AddSingleton<ReceivedReplyRepository>();
        services.AddSingleton<IncomingInvoiceRepository>();
        services.AddSingleton<Partners.PartnerRepository>();
        services.AddSingleton<QuotaRepository>();
        services.AddSingleton<ReconcileDownloadRepository>();
        services.AddSingleton<NoticeRepository>();
        services.AddSingleton<DeadlineRepository>();
        services.AddSingleton<StatisticsRepository>();
        services.AddSingleton<DashboardRepository>();
        services.AddSingleton<Archive.ArchiveRepository>();
        return services;
    }
}
