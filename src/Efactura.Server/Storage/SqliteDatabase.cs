using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Efactura.Server.Storage;

/// <summary>A SQLite file: one process, writers serialised by SQLite's own lock.</summary>
public sealed class SqliteDatabase : Database
{
    // A writer waiting for another writer's lock waits this long before SQLITE_BUSY surfaces.
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string connectionString;

    // SQLite has one writer at a time: this process's transactions queue here, asynchronously and in order, instead
    // of blocking threads in SQLite's busy wait (other processes still meet the file lock and SqliteBusyWait).
    private readonly SemaphoreSlim writer = new(1, 1);

    /// <summary>Uses the file named by <paramref name="connectionString"/>; its folder is created when missing.</summary>
    public SqliteDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true };
        if (builder.Mode is not SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        this.connectionString = builder.ToString();
    }

    /// <inheritdoc />
    public override SqlDialect Dialect => SqliteDialect.Instance;

    /// <inheritdoc />
    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            SqliteBusyWait.Install(connection, BusyTimeoutMilliseconds);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    internal override async ValueTask<IDisposable?> EnterTransactionAsync(CancellationToken cancellationToken)
    {
        await writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriterTurn(writer);
    }

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore()
    {
        // Pooled connections keep the file open; close them with the database.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private sealed class WriterTurn(SemaphoreSlim writer) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) writer.Release();
        }
    }
}
