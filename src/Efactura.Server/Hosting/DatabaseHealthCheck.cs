using Efactura.Server.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Efactura.Server.Hosting;

/// <summary>Healthy when the database answers a query and the schema is migrated.</summary>
public sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT MAX(version) FROM schema_migrations";
            var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return version is null or DBNull
                ? HealthCheckResult.Unhealthy("the schema is not migrated")
                : HealthCheckResult.Healthy($"{database.Dialect.Provider}, schema version {version}");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // The exception's message only: connection strings and data stay out of the answer.
            return HealthCheckResult.Unhealthy($"{database.Dialect.Provider}: {e.GetType().Name}");
        }
    }
}
