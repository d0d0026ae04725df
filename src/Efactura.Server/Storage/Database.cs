using System.Data.Common;

namespace Efactura.Server.Storage;

/// <summary>
/// A database the repositories talk to: opens connections and knows its SQL dialect. Created once per
/// process (it owns the connection pool) and disposed at shutdown.
/// </summary>
public abstract class Database : IAsyncDisposable
{
    /// <summary>How this engine spells what differs between SQLite and PostgreSQL.</summary>
    public abstract SqlDialect Dialect { get; }

    /// <summary>Opens a connection, ready for commands; the caller disposes it.</summary>
    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits for this process's turn to write in a transaction, when the engine serialises writers; the returned
    /// turn (null when the engine needs none) is disposed after the transaction ends.
    /// </summary>
    internal virtual ValueTask<IDisposable?> EnterTransactionAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable?>(null);

    /// <summary>Creates the database for the configured provider.</summary>
    public static Database Create(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteDatabase(options.ConnectionString),
            DatabaseProvider.Postgres => new PostgresDatabase(options.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown database provider"),
        };
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the engine's resources (the connection pool).</summary>
    protected virtual ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;
}
