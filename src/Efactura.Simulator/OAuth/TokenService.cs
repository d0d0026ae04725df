using System.Text.Json.Nodes;

namespace Efactura.Simulator.OAuth;

/// <summary>
/// Issues and checks the simulator's tokens: access and refresh JWTs with ANAF's claims
/// (<c>serial</c>, <c>clientappid</c>, <c>token_type</c>, <c>scope</c>, anaf-api.md §1.3); a refresh rotates
/// both. Whether the redeemed refresh token is then spent is an assumption (no recording shows it), chosen by
/// <see cref="SimulatorOptions.RefreshTokenReuse"/>. Nothing is kept per token but the redeemed refresh tokens (in
/// <paramref name="store"/>): a token is valid when this key signed it and it has not expired, so tokens outlive a
/// restart with the same key. Thread-safe.
/// </summary>
internal sealed class TokenService(JwtSigner signer, SimulatorOptions options, ISimulatorStore store)
{
    private long _accessLifetimeTicks = options.AccessTokenLifetime.Ticks;

    private const string Scope = "clientappid info issuer role serial";

    /// <summary>A fresh pair for <paramref name="serial"/> acting through <paramref name="clientId"/>.</summary>
    public TokenPair Issue(string clientId, string serial)
    {
        var now = options.Time.GetUtcNow();
        var accessLifetime = AccessTokenLifetime;
        var access = signer.Sign(Claims("Bearer", clientId, serial, now, accessLifetime));
        var refreshClaims = Claims("Refresh", clientId, serial, now, options.RefreshTokenLifetime);
        return new TokenPair(access, signer.Sign(refreshClaims), (long)accessLifetime.TotalSeconds);
    }

    /// <summary>How long new access tokens live; starts as <see cref="SimulatorOptions.AccessTokenLifetime"/>, changeable while running.</summary>
    public TimeSpan AccessTokenLifetime
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _accessLifetimeTicks));
        set => Interlocked.Exchange(ref _accessLifetimeTicks, value.Ticks);
    }

    /// <summary>The access token's holder and application, or null when it is not a valid, unexpired access token.</summary>
    public (string Serial, string ClientId)? ReadAccess(string token)
    {
        var claims = ReadLive(token, "Bearer");
        return claims is null ? null : ((string)claims["serial"]!, (string)claims["clientappid"]!);
    }

    /// <summary>
    /// Redeems a refresh token: the new pair, or null when the token is invalid, expired, belongs to another
    /// client, or was already redeemed while <see cref="SimulatorOptions.RefreshTokenReuse"/> is
    /// <see cref="Assumptions.RefreshTokenReuse.Refused"/>.
    /// </summary>
    public async Task<TokenPair?> RefreshAsync(string refreshToken, string clientId, CancellationToken cancellationToken)
    {
        var claims = ReadLive(refreshToken, "Refresh");
        if (claims is null || (string?)claims["clientappid"] != clientId) return null;
        // ASSUMPTION: ANAF's behaviour for a used refresh token is not recorded; the switch picks one.
        if (options.RefreshTokenReuse == Assumptions.RefreshTokenReuse.Refused
            && !await store.SpendRefreshTokenAsync((string)claims["jti"]!, Expiry(claims), cancellationToken).ConfigureAwait(false))
            return null;
        return Issue(clientId, (string)claims["serial"]!);
    }

    private JsonObject? ReadLive(string token, string type)
    {
        var claims = signer.Read(token);
        if (claims is null || (string?)claims["token_type"] != type) return null;
        return Expiry(claims) > options.Time.GetUtcNow() ? claims : null;
    }

    private static DateTimeOffset Expiry(JsonObject claims) => DateTimeOffset.FromUnixTimeSeconds((long)claims["exp"]!);

    private JsonObject Claims(string type, string clientId, string serial, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        ["iss"] = options.Issuer,
        ["sub"] = serial,
        ["iat"] = now.ToUnixTimeSeconds(),
        ["nbf"] = now.ToUnixTimeSeconds(),
        ["exp"] = (now + lifetime).ToUnixTimeSeconds(),
        ["token_type"] = type,
        ["scope"] = Scope,
        ["clientappid"] = clientId,
        ["serial"] = serial,
        ["role"] = new JsonArray("EFACTURA"),
        ["jti"] = Guid.NewGuid().ToString("N"),
    };
}
