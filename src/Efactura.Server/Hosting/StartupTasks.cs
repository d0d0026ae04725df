using Efactura.Server.Storage.Migrations;
using System.Buffers.Text;
using System.Security.Cryptography;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Storage.Users;

namespace Efactura.Server.Hosting;

/// <summary>What runs before the server takes requests: migrations, then the development tenant and its dashboard user.</summary>
public sealed partial class StartupTasks(
    Migrator migrator, TenantRepository tenants, UserRepository users, DevelopmentTenantOptions options, ILogger<StartupTasks> logger)
{
    /// <summary>The development tenant's dashboard user (an owner).</summary>
    public const string DevelopmentUser = "dev@efactura.localhost";

    /// <summary>
    /// Migrates the schema and, on an empty database, creates the development tenant and its dashboard owner; the key
    /// and the owner's password are printed once.
    /// </summary>
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
        var owner = await users.CreateAsync(created.Tenant.Id, DevelopmentUser, DashboardRole.Owner, [], cancellationToken).ConfigureAwait(false);
        if (owner is not null)
        {
            var password = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(15));
            await users.SetPasswordAsync(owner.Link.Token, password, cancellationToken).ConfigureAwait(false);
            await console.WriteLineAsync("Its dashboard user (the password shown once; 'users reset' makes a new one):").ConfigureAwait(false);
            await console.WriteLineAsync($"  EFACTURA_DASHBOARD_USER={owner.User.Email}").ConfigureAwait(false);
            await console.WriteLineAsync($"  EFACTURA_DASHBOARD_PASSWORD={password}").ConfigureAwait(false);
        }
        await console.FlushAsync(cancellationToken).ConfigureAwait(false);
        return created.ApiKey;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the development tenant {TenantId} with API key {KeyPrefix}…")]
    private static partial void LogCreated(ILogger logger, Guid tenantId, string keyPrefix);
}
