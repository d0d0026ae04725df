using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Application.Connections;

/// <summary>How a consent ended at the callback: connected, or why not (for the page the browser shows).</summary>
/// <param name="Connection">The stored connection when it succeeded.</param>
/// <param name="Failure">What went wrong, or null when it succeeded.</param>
/// <param name="Reason">Why it failed, in words for the person at the browser; never a token.</param>
public sealed record ConsentOutcome(AnafConnection? Connection, ConsentFailure? Failure, string? Reason)
{
    /// <summary>The company is connected.</summary>
    public static ConsentOutcome Connected(AnafConnection connection) => new(connection, null, null);

    /// <summary>It failed as <paramref name="failure"/> because of <paramref name="reason"/>.</summary>
    public static ConsentOutcome Failed(ConsentFailure failure, string reason) => new(null, failure, reason);
}
