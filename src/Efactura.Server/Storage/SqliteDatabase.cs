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
    // of blocking threads in SQLite's busy wait (other processes still meet the file lock and SQLite's busy timeout).
    private readonly SemaphoreSlim writer = new(1, 1);

    /// <summary>Uses the file named by <paramref name="connectionString"/>; its folder is created when missing.</summary>
    public SqliteDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { ForeignKeys = true };
        if (builder.Mode is not SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var path = Path.GetFullPath(builder.DataSource);
            var folder = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            if (builder.Mode is SqliteOpenMode.ReadWriteCreate) CreateOwnerOnly(path);
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
            // SQLite's own busy handler: the bundled e_sqlite3 sleeps with nanosleep, so its waits are milliseconds.
            var result = SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, BusyTimeoutMilliseconds);
            if (result != SQLitePCL.raw.SQLITE_OK) throw new InvalidOperationException($"SQLite refused the busy timeout (error {result}).");
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public override async Task<DatabaseIntegrity> CheckIntegrityAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            // quick_check: every page and record format, without the (slower) index-content cross-check; at most 5 findings.
            command.CommandText = "PRAGMA quick_check(5)";
            var findings = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) findings.Add(reader.GetString(0));
            }
            return findings is ["ok"]
                ? new DatabaseIntegrity(true, "quick_check ok")
                : new DatabaseIntegrity(false, "quick_check found " + string.Join("; ", findings));
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_CORRUPT or SQLitePCL.raw.SQLITE_NOTADB)
        {
            return new DatabaseIntegrity(false, e.SqliteErrorCode == SQLitePCL.raw.SQLITE_NOTADB ? "the file is not a SQLite database" : "the database file is malformed");
        }
    }

    // The file holds every tenant's invoices and tokens: readable by its owner only (SQLite gives its -wal and -shm
    // files the same mode). An existing file keeps the mode its operator gave it.
    private static void CreateOwnerOnly(string path)
    {
        if (OperatingSystem.IsWindows() || File.Exists(path)) return;
        try
        {
            using var created = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
            });
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created by another process at the same moment.
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
