namespace Efactura.Server.Storage;

/// <summary>The database engine that holds the gateway's state.</summary>
public enum DatabaseProvider
{
    /// <summary>One file next to the process: the default for one node (DESIGN §6).</summary>
    Sqlite,

    /// <summary>PostgreSQL: for several nodes sharing the work.</summary>
    Postgres,
}
