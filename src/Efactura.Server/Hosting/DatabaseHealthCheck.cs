using Efactura.Server.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Efactura.Server.Hosting;

/// <summary>
/// Healthy when the database answers a query, the schema is migrated and the database passes its integrity check
/// (<see cref="Database.CheckIntegrityAsync"/>). The integrity check reads the whole SQLite file, so it runs at most
/// once per <see cref="IntegrityInterval"/>; a failed one is kept until the process restarts (damage does not heal).
/// </summary>
public sealed class DatabaseHealthCheck(Database database, TimeProvider time) : IHealthCheck
{
    /// <summary>How long an integrity check's result is reused: 5 minutes.</summary>
    public static readonly TimeSpan IntegrityInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim checking = new(1, 1);
    private (DatabaseIntegrity Result, DateTimeOffset At)? last;

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT MAX(version) FROM schema_migrations";
            var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (version is null or DBNull) return HealthCheckResult.Unhealthy("the schema is not migrated");
            var integrity = await IntegrityAsync(cancellationToken).ConfigureAwait(false);
            return integrity.Intact
                ? HealthCheckResult.Healthy($"{database.Dialect.Provider}, schema version {version}, {integrity.Detail}")
                : HealthCheckResult.Unhealthy($"{database.Dialect.Provider}: damaged: {integrity.Detail}");
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // What failed in words: connection strings, data and the engine's internals stay out of the answer.
            var failure = e switch
            {
                TimeoutException => "timed out",
                InvalidOperationException => "could not be opened",
                _ => "did not answer a query",
            };
            return HealthCheckResult.Unhealthy($"{database.Dialect.Provider}: the database {failure}");
        }
    }

    private async Task<DatabaseIntegrity> IntegrityAsync(CancellationToken cancellationToken)
    {
        await checking.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (last is { } known && (!known.Result.Intact || time.GetUtcNow() - known.At < IntegrityInterval)) return known.Result;
            var result = await database.CheckIntegrityAsync(cancellationToken).ConfigureAwait(false);
            last = (result, time.GetUtcNow());
            return result;
        }
        finally
        {
            checking.Release();
        }
    }
}
