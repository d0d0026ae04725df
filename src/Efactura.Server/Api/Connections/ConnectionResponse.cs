using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Api.Connections;

/// <summary>A company's ANAF connection: its state and the tokens' expiry (never the tokens).</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="Status"><c>active</c>, <c>expired</c> (connect again) or <c>revoked</c>.</param>
/// <param name="ConnectedAt">When the last consent completed.</param>
/// <param name="AccessExpiresAt">When the access token expires (it is refreshed ahead of that).</param>
/// <param name="RefreshExpiresAt">When the refresh token expires: connect again before then.</param>
/// <param name="LastError">Why it is not active: a refused refresh, or ANAF refusing the access token.</param>
/// <param name="Reconnect">How to connect the company again; only when it is not active.</param>
public sealed record ConnectionResponse(
    Guid CompanyId, ConnectionStatus Status, DateTimeOffset ConnectedAt, DateTimeOffset AccessExpiresAt, DateTimeOffset RefreshExpiresAt, string? LastError,
    ReconnectLinks? Reconnect = null)
{
    /// <summary>The API shape of <paramref name="connection"/>.</summary>
    public static ConnectionResponse From(AnafConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new(connection.CompanyId, connection.Status, connection.ConnectedAt, connection.AccessExpiresAt, connection.RefreshExpiresAt, connection.LastError,
            connection.Status == ConnectionStatus.Active ? null : ReconnectLinks.For(connection.CompanyId));
    }
}

/// <summary>The two ways to connect a company again.</summary>
/// <param name="Connect">Open in a browser on the device with the certificate (answers a redirect to ANAF).</param>
/// <param name="TokenLinks">POST <c>{"companyId": …}</c> here for a link to send to whoever holds the certificate.</param>
public sealed record ReconnectLinks(string Connect, string TokenLinks)
{
    /// <summary>The links for <paramref name="companyId"/>.</summary>
    public static ReconnectLinks For(Guid companyId) => new($"/v1/anaf/connect?companyId={companyId}", "/v1/anaf/token-links");
}
