using System.Data.Common;
using Npgsql;

namespace Efactura.Server.Storage;

/// <summary>A PostgreSQL database shared by every node; the pool lives in one <see cref="NpgsqlDataSource"/>.</summary>
public sealed class PostgresDatabase : Database
{
    private readonly NpgsqlDataSource dataSource;

    /// <summary>Connects with <paramref name="connectionString"/> (Npgsql syntax).</summary>
    public PostgresDatabase(string connectionString)
    {
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc />
    public override SqlDialect Dialect => PostgresDialect.Instance;

    /// <inheritdoc />
    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    /// <remarks>
    /// PostgreSQL has no cheap equivalent of SQLite's <c>quick_check</c>: <c>amcheck</c> is an extension that walks every
    /// index (too slow for a health probe, and not installed by default). With data checksums on (initdb
    /// <c>--data-checksums</c>) the server verifies each page as it reads it and fails the query that meets a damaged
    /// one. So this check answers a query and reports whether checksums are on.
    /// </remarks>
    public override async Task<DatabaseIntegrity> CheckIntegrityAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SHOW data_checksums";
        var checksums = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        return new DatabaseIntegrity(true, $"answers; data checksums {checksums ?? "unknown"} (pages verified as they are read)");
    }

    /// <inheritdoc />
    protected override async ValueTask DisposeAsyncCore() => await dataSource.DisposeAsync().ConfigureAwait(false);
}
