namespace Efactura.Server.Storage;

/// <summary>What a database's integrity check found (<see cref="Database.CheckIntegrityAsync"/>).</summary>
/// <param name="Intact">False when the engine found the file or its pages damaged.</param>
/// <param name="Detail">What was checked and, when damaged, the engine's first findings (no data, no connection string).</param>
public sealed record DatabaseIntegrity(bool Intact, string Detail);
