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
    /// Checks the database for damage, as cheaply as the engine allows: SQLite reads every page
    /// (<c>PRAGMA quick_check</c>); PostgreSQL has no cheap whole-database check and verifies pages as it reads them.
    /// </summary>
    public abstract Task<DatabaseIntegrity> CheckIntegrityAsync(CancellationToken cancellationToken);

    /// <summary>Throws <see cref="DatabaseDamagedException"/>, saying what is wrong and what to do, when the check fails.</summary>
    public async Task VerifyIntegrityAsync(CancellationToken cancellationToken)
    {
        var integrity = await CheckIntegrityAsync(cancellationToken).ConfigureAwait(false);
        if (!integrity.Intact)
            throw new DatabaseDamagedException(
                $"The {Dialect.Provider} database failed its integrity check: {integrity.Detail}. The server does not start on a damaged database: "
                + "restore it from a backup (or move it aside to start empty).");
    }

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
