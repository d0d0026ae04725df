using System.Data.Common;

namespace Efactura.Server.Storage;

/// <summary>The current row of a query, read by column name through the dialect's conversions.</summary>
internal sealed class SqlRow(DbDataReader reader, SqlDialect dialect)
{
    private int Ordinal(string column) => reader.GetOrdinal(column);

    public bool IsNull(string column) => reader.IsDBNull(Ordinal(column));

    public Guid Guid(string column) => dialect.ReadGuid(reader, Ordinal(column));

    public Guid? NullableGuid(string column) => IsNull(column) ? null : Guid(column);

    public string String(string column) => reader.GetString(Ordinal(column));

    public string? NullableString(string column) => IsNull(column) ? null : String(column);

    public int Int(string column) => Convert.ToInt32(reader.GetValue(Ordinal(column)), System.Globalization.CultureInfo.InvariantCulture);

    public int? NullableInt(string column) => IsNull(column) ? null : Int(column);

    public long Long(string column) => Convert.ToInt64(reader.GetValue(Ordinal(column)), System.Globalization.CultureInfo.InvariantCulture);

    public bool Bool(string column) => reader.GetBoolean(Ordinal(column));

    public decimal Decimal(string column) => dialect.ReadDecimal(reader, Ordinal(column));

    public decimal? NullableDecimal(string column) => IsNull(column) ? null : Decimal(column);

    public DateTimeOffset Time(string column) => dialect.ReadTime(reader, Ordinal(column));

    public DateTimeOffset? NullableTime(string column) => IsNull(column) ? null : Time(column);

    public DateOnly Date(string column) => dialect.ReadDate(reader, Ordinal(column));

    public DateOnly? NullableDate(string column) => IsNull(column) ? null : Date(column);

    public byte[] Bytes(string column) => (byte[])reader.GetValue(Ordinal(column));

    public T Enum<T>(string column) where T : struct, Enum => StoredName.Parse<T>(String(column));
}
