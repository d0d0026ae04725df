using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Api.Connections;

/// <summary>How a consent ended at the callback: connected, or why not (for the page the browser shows).</summary>
/// <param name="Connection">The stored connection when it succeeded.</param>
/// <param name="Status">The HTTP status of the page.</param>
/// <param name="Reason">Why it failed, in words for the person at the browser; never a token.</param>
public sealed record ConsentOutcome(AnafConnection? Connection, int Status, string? Reason)
{
    /// <summary>The company is connected.</summary>
    public static ConsentOutcome Connected(AnafConnection connection) => new(connection, StatusCodes.Status200OK, null);

    /// <summary>It failed with <paramref name="status"/> because of <paramref name="reason"/>.</summary>
    public static ConsentOutcome Failed(int status, string reason) => new(null, status, reason);
}
