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
    protected override async ValueTask DisposeAsyncCore() => await dataSource.DisposeAsync().ConfigureAwait(false);
}
