namespace Efactura.Anaf.Results;

/// <summary>
/// A token pair from ANAF's OAuth server. Both rotate on refresh, so store the new pair atomically
/// (anaf-api.md §1.3). Tokens are secrets: <see cref="ToString"/> never shows them.
/// </summary>
/// <param name="AccessToken">The bearer token.</param>
/// <param name="RefreshToken">The refresh token.</param>
/// <param name="AccessExpiresAt">From the access JWT's <c>exp</c>, else from <c>expires_in</c>.</param>
/// <param name="RefreshExpiresAt">From the refresh JWT's <c>exp</c>, when it is a JWT.</param>
public sealed record OAuthTokens(string AccessToken, string RefreshToken, DateTimeOffset? AccessExpiresAt, DateTimeOffset? RefreshExpiresAt)
{
    /// <inheritdoc />
    public override string ToString() => $"OAuthTokens {{ AccessExpiresAt = {AccessExpiresAt:O}, RefreshExpiresAt = {RefreshExpiresAt:O} }}";
}
