using Efactura.Anaf;
using Efactura.Anaf.OAuth;
using Efactura.Anaf.Results;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>
/// The access token of the stored login, refreshed first when it expires within <see cref="RefreshAhead"/>;
/// the rotated pair is stored before it is used, since the old refresh token is spent (anaf-api.md §1.3).
/// </summary>
internal sealed class StoredTokenSource(TokenStore store, AnafTarget target, Func<StoredLogin, AnafClient> oauthClient, TimeProvider time) : IAccessTokenSource
{
    /// <summary>How early before its expiry an access token is refreshed.</summary>
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);

    private string? _current;

    /// <inheritdoc />
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (_current is not null) return _current;
        var login = await store.LoadAsync(target.StoreKey, cancellationToken)
            ?? throw new UsageException($"not logged in to {target.Name}: run 'efactura anaf login --env {target.Name}' (or pass --token)");
        var now = time.GetUtcNow();
        if (login.AccessExpiresAt is { } expires && expires - RefreshAhead <= now) login = await RefreshAsync(login, now, cancellationToken);
        return _current = login.AccessToken;
    }

    private async Task<StoredLogin> RefreshAsync(StoredLogin login, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (login.RefreshExpiresAt is { } dead && dead <= now)
            throw new UsageException($"the login to {target.Name} expired on {dead:yyyy-MM-dd}: run 'efactura anaf login --env {target.Name}'");
        var refreshed = await oauthClient(login).RefreshAsync(login.RefreshToken, cancellationToken);
        if (!refreshed.IsSuccess)
        {
            throw refreshed.Error.Kind == AnafErrorKind.InvalidGrant
                ? new UsageException($"ANAF no longer accepts the stored login to {target.Name}: run 'efactura anaf login --env {target.Name}'")
                : new AnafCallException(refreshed.Error);
        }
        var tokens = refreshed.Value;
        var rotated = login with
        {
            AccessToken = tokens.AccessToken,
            RefreshToken = tokens.RefreshToken,
            AccessExpiresAt = tokens.AccessExpiresAt,
            RefreshExpiresAt = tokens.RefreshExpiresAt ?? login.RefreshExpiresAt,
        };
        await store.SaveAsync(target.StoreKey, rotated, cancellationToken);
        return rotated;
    }
}
