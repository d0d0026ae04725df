using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Api.Connections;

/// <summary>A company's ANAF connection: its state and the tokens' expiry (never the tokens).</summary>
/// <param name="CompanyId">The company.</param>
/// <param name="Status"><c>active</c>, <c>expired</c> (connect again) or <c>revoked</c>.</param>
/// <param name="ConnectedAt">When the last consent completed.</param>
/// <param name="AccessExpiresAt">When the access token expires (it is refreshed ahead of that).</param>
/// <param name="RefreshExpiresAt">When the refresh token expires: connect again before then.</param>
/// <param name="LastError">The last refresh failure, if any.</param>
public sealed record ConnectionResponse(
    Guid CompanyId, ConnectionStatus Status, DateTimeOffset ConnectedAt, DateTimeOffset AccessExpiresAt, DateTimeOffset RefreshExpiresAt, string? LastError)
{
    /// <summary>The API shape of <paramref name="connection"/>.</summary>
    public static ConnectionResponse From(AnafConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new(connection.CompanyId, connection.Status, connection.ConnectedAt, connection.AccessExpiresAt, connection.RefreshExpiresAt, connection.LastError);
    }
}
