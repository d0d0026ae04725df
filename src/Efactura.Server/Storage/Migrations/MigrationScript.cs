namespace Efactura.Server.Storage.Migrations;

/// <summary>One versioned schema change for one dialect.</summary>
/// <param name="Version">The number the file name starts with (<c>0001_initial.sql</c> is 1).</param>
/// <param name="Name">The rest of the file name (<c>initial</c>).</param>
/// <param name="Sql">The script; it runs inside the migration transaction.</param>
/// <param name="Checksum">SHA-256 of the script, recorded when applied so a later edit is noticed.</param>
public sealed record MigrationScript(int Version, string Name, string Sql, string Checksum);
