using Efactura.Server.Storage.Migrations;
using Efactura.Server.Storage.Tenants;

namespace Efactura.Server.Hosting;

/// <summary>What runs before the server takes requests: migrations, then the development tenant.</summary>
public sealed partial class StartupTasks(Migrator migrator, TenantRepository tenants, DevelopmentTenantOptions options, ILogger<StartupTasks> logger)
{
    /// <summary>Migrates the schema and, on an empty database, creates the development tenant.</summary>
    /// <returns>The development tenant's new API key, or null when none was created.</returns>
    public async Task<IssuedApiKey?> RunAsync(TextWriter console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (options.Enabled != true || await tenants.AnyAsync(cancellationToken).ConfigureAwait(false)) return null;

        var created = await tenants.CreateAsync(options.Name, cancellationToken).ConfigureAwait(false);
        LogCreated(logger, created.Tenant.Id, created.ApiKey.Prefix);
        // The key goes to the console only, never to the log: logs are shipped and kept, and only its hash is stored.
        await console.WriteLineAsync($"Development tenant '{created.Tenant.Name}' created. Its API key (shown once, keep it):").ConfigureAwait(false);
        await console.WriteLineAsync($"  EFACTURA_API_KEY={created.ApiKey.Key}").ConfigureAwait(false);
        await console.FlushAsync(cancellationToken).ConfigureAwait(false);
        return created.ApiKey;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the development tenant {TenantId} with API key {KeyPrefix}…")]
    private static partial void LogCreated(ILogger logger, Guid tenantId, string keyPrefix);
}
