namespace Efactura.Cli.Commands.Anaf;

/// <summary>
/// What <c>efactura anaf login</c> keeps for one environment, encrypted by <see cref="TokenStore"/>: the OAuth
/// application (its secret is needed to refresh) and the current token pair, which rotates on every refresh.
/// </summary>
/// <param name="ClientId">The application's client id.</param>
/// <param name="ClientSecret">The application's client secret.</param>
/// <param name="RedirectUri">The callback the login used.</param>
/// <param name="AccessToken">The bearer token.</param>
/// <param name="RefreshToken">The refresh token.</param>
/// <param name="AccessExpiresAt">When the access token expires, when known.</param>
/// <param name="RefreshExpiresAt">When the refresh token expires, when known.</param>
internal sealed record StoredLogin(
    string ClientId,
    string ClientSecret,
    string RedirectUri,
    string AccessToken,
    string RefreshToken,
    DateTimeOffset? AccessExpiresAt,
    DateTimeOffset? RefreshExpiresAt)
{
    /// <inheritdoc />
    public override string ToString() => $"StoredLogin {{ ClientId = {ClientId}, AccessExpiresAt = {AccessExpiresAt:O}, RefreshExpiresAt = {RefreshExpiresAt:O} }}";
}
