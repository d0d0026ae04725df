using System.Data.Common;
using System.Globalization;

namespace Efactura.Server.Storage;

/// <summary>
/// SQLite: ids as text, instants as fixed-width ISO 8601 UTC text (so text order is time order), dates as
/// <c>yyyy-MM-dd</c>, money as text (a NUMERIC column would turn it into a float).
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The one instance (the dialect has no state).</summary>
    public static SqliteDialect Instance { get; } = new();

    private SqliteDialect()
    {
    }

    /// <inheritdoc />
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    internal override string MigrationFolder => "sqlite";

    internal override string SkipLocked => "";

    internal override string MigrationHistoryDdl =>
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)";

    internal override object ToParameterValue(object value) => value switch
    {
        Guid id => id.ToString("D"),
        DateTimeOffset time => ToMicroseconds(time).UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture),
        DateOnly date => date.ToString(DateFormat, CultureInfo.InvariantCulture),
        decimal amount => amount.ToString(CultureInfo.InvariantCulture),
        _ => value,
    };

    internal override Guid ReadGuid(DbDataReader reader, int ordinal) => Guid.ParseExact(reader.GetString(ordinal), "D");

    internal override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    internal override DateOnly ReadDate(DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture);

    internal override decimal ReadDecimal(DbDataReader reader, int ordinal) =>
        decimal.Parse(reader.GetString(ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    internal override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Readers never block the writer and the writer never blocks readers; the setting stays in the file.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
