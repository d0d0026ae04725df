using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Storage;

/// <summary>Where the state lives; bound from the configuration section <c>Efactura:Database</c>.</summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Database";

    /// <summary>The engine; default <see cref="DatabaseProvider.Sqlite"/>.</summary>
    /// <value>Sqlite.</value>
    [EnumDataType(typeof(DatabaseProvider), ErrorMessage = Section + ":Provider must be Sqlite or Postgres.")]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The ADO.NET connection string; default <c>Data Source=data/efactura.db</c> (a SQLite file under the
    /// working directory, its folder created on first use).
    /// </summary>
    /// <value><c>Data Source=data/efactura.db</c>.</value>
    [Required(AllowEmptyStrings = false, ErrorMessage = Section + ":ConnectionString is missing: the database to use (e.g. \"Data Source=data/efactura.db\").")]
    public string ConnectionString { get; set; } = "Data Source=data/efactura.db";
}
