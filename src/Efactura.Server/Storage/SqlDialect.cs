using System.Data.Common;

namespace Efactura.Server.Storage;

/// <summary>
/// What differs between the engines, in one place: how values are stored (ids, instants, dates, money),
/// how due work is locked, how the migrator takes its lock. The SQL the repositories write is otherwise
/// the same for both.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>The engine this dialect speaks for.</summary>
    public abstract DatabaseProvider Provider { get; }

    /// <summary>The folder of embedded migration scripts (<c>migrations/&lt;folder&gt;/NNNN_name.sql</c>).</summary>
    internal abstract string MigrationFolder { get; }

    /// <summary>
    /// Appended to the SELECT that picks due rows to claim: on PostgreSQL rows another node is claiming are
    /// skipped instead of waited for; on SQLite the writer lock already serialises claims.
    /// </summary>
    internal abstract string SkipLocked { get; }

    /// <summary>The DDL of the table that records applied migrations.</summary>
    internal abstract string MigrationHistoryDdl { get; }

    /// <summary>Converts a CLR value to what the engine's ADO.NET provider stores for it.</summary>
    internal abstract object ToParameterValue(object value);

    /// <summary>Reads an id written by <see cref="ToParameterValue"/>.</summary>
    internal abstract Guid ReadGuid(DbDataReader reader, int ordinal);

    /// <summary>Reads a UTC instant.</summary>
    internal abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Reads a calendar date.</summary>
    internal abstract DateOnly ReadDate(DbDataReader reader, int ordinal);

    /// <summary>Reads an exact amount (TEXT on SQLite, NUMERIC on PostgreSQL: never a float).</summary>
    internal abstract decimal ReadDecimal(DbDataReader reader, int ordinal);

    /// <summary>Runs once before migrations, outside any transaction (SQLite: write-ahead log).</summary>
    internal virtual Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Takes the lock that keeps two nodes from migrating at once, inside the migration transaction.</summary>
    internal virtual Task LockForMigrationAsync(SqlSession session, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Instants are kept to the microsecond, PostgreSQL's precision, so both engines round-trip alike.</summary>
    internal static DateTimeOffset ToMicroseconds(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }
}
