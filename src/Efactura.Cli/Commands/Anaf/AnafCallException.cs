using Efactura.Anaf.Results;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>A call ANAF (or the network) refused before the command could do its work, e.g. a failed token refresh; exits 1.</summary>
internal sealed class AnafCallException(AnafError error) : Exception(error.ToString())
{
    /// <summary>What went wrong.</summary>
    public AnafError Error { get; } = error;
}
