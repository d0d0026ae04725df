namespace Efactura.Cli;

/// <summary>The command line names something that cannot be used, e.g. a file that does not exist.</summary>
public sealed class UsageException(string message) : Exception(message);
