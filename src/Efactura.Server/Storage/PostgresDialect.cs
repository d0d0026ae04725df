using System.Data.Common;

namespace Efactura.Server.Storage;

/// <summary>PostgreSQL: uuid, timestamptz, date and numeric columns; due rows claimed with SKIP LOCKED.</summary>
public sealed class PostgresDialect : SqlDialect
{
    // pg_advisory_xact_lock key for migrations: any constant the application uses for nothing else.
    private const long MigrationLockKey = 0x6566_6163_7475_7261; // "efactura"

    /// <summary>The one instance (the dialect has no state).</summary>
    public static PostgresDialect Instance { get; } = new();

    private PostgresDialect()
    {
    }

    /// <inheritdoc />
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    internal override string MigrationFolder => "postgres";

    internal override string SkipLocked => "FOR UPDATE SKIP LOCKED";

    internal override string MigrationHistoryDdl =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL)";

    internal override object ToParameterValue(object value) => value switch
    {
        DateTimeOffset time => ToMicroseconds(time),
        _ => value,
    };

    internal override Guid ReadGuid(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

    internal override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    internal override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    internal override decimal ReadDecimal(DbDataReader reader, int ordinal) => reader.GetDecimal(ordinal);

    internal override async Task LockForMigrationAsync(SqlSession session, CancellationToken cancellationToken) =>
        // Several nodes may start at once: the first migrates, the others wait here and then find nothing to do.
        await session.ExecuteAsync("SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", MigrationLockKey)).ConfigureAwait(false);
}
