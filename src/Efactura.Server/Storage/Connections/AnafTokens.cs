namespace Efactura.Server.Storage.Connections;

/// <summary>
/// An OAuth token pair from ANAF (access 90 days, refresh 365 days; a refresh replaces both, DESIGN §5).
/// Secrets: <see cref="ToString"/> prints only the expiry times.
/// </summary>
/// <param name="AccessToken">The bearer token for API calls.</param>
/// <param name="RefreshToken">The token that gets the next pair.</param>
/// <param name="AccessExpiresAt">When the access token stops working (UTC).</param>
/// <param name="RefreshExpiresAt">When the refresh token stops working (UTC).</param>
public sealed record AnafTokens(string AccessToken, string RefreshToken, DateTimeOffset AccessExpiresAt, DateTimeOffset RefreshExpiresAt)
{
    /// <summary>The expiry times, never the tokens.</summary>
    public override string ToString() => $"AnafTokens {{ AccessExpiresAt = {AccessExpiresAt:O}, RefreshExpiresAt = {RefreshExpiresAt:O} }}";
}
