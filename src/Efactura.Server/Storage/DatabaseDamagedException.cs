namespace Efactura.Server.Storage;

/// <summary>The database failed its integrity check at start (<see cref="Database.CheckIntegrityAsync"/>): the server does not start on it.</summary>
public sealed class DatabaseDamagedException(string message) : Exception(message);
