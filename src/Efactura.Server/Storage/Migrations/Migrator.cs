using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Efactura.Server.Storage.Migrations;

/// <summary>
/// Brings the schema up to date at start-up: applies, in one transaction, every embedded script whose
/// version is not yet in <c>schema_migrations</c>. Running it again changes nothing; on PostgreSQL an
/// advisory lock makes nodes that start together take turns, so each script runs once.
/// </summary>
public sealed partial class Migrator(Database database, TimeProvider time, ILogger<Migrator> logger)
{
    /// <summary>Applies the pending scripts and returns their versions (empty when the schema was current).</summary>
    /// <exception cref="InvalidOperationException">An applied script was edited afterwards (its checksum differs).</exception>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        var scripts = MigrationScripts.For(database.Dialect);
        await using (var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false))
            await database.Dialect.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);

        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await database.Dialect.LockForMigrationAsync(session, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(database.Dialect.MigrationHistoryDdl, cancellationToken).ConfigureAwait(false);
        var applied = await session.QueryAsync(
            "SELECT version, checksum FROM schema_migrations",
            row => (Version: row.Int("version"), Checksum: row.String("checksum")),
            cancellationToken).ConfigureAwait(false);
        var checksums = applied.ToDictionary(a => a.Version, a => a.Checksum);

        var appliedNow = new List<int>();
        foreach (var script in scripts)
        {
            if (checksums.TryGetValue(script.Version, out var checksum))
            {
                if (checksum != script.Checksum)
                    throw new InvalidOperationException($"migration {script.Version:D4}_{script.Name} was changed after it was applied; add a new migration instead");
                continue;
            }
            await session.ExecuteAsync(script.Sql, cancellationToken).ConfigureAwait(false);
            await session.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @at)",
                cancellationToken,
                ("version", script.Version), ("name", script.Name), ("checksum", script.Checksum), ("at", time.GetUtcNow())).ConfigureAwait(false);
            appliedNow.Add(script.Version);
        }
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);

        var newest = scripts.Count == 0 ? 0 : scripts[^1].Version;
        if (checksums.Keys.Any(v => v > newest)) LogNewerSchema(logger, newest);
        foreach (var version in appliedNow) LogApplied(logger, version.ToString("D4", CultureInfo.InvariantCulture));
        return appliedNow;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Version}")]
    private static partial void LogApplied(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database schema is newer than this build knows (its newest migration is {Version}); a newer node migrated it")]
    private static partial void LogNewerSchema(ILogger logger, int version);
}
