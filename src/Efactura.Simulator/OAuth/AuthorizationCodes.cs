using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Efactura.Simulator.OAuth;

/// <summary>Codes handed to the redirect_uri after the login form; single use, valid for 60 seconds. Thread-safe.</summary>
internal sealed class AuthorizationCodes(TimeProvider time, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);

    /// <summary>A new code for a holder who logged in through <paramref name="clientId"/>.</summary>
    public string Issue(string clientId, string redirectUri, string serial)
    {
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        _codes[code] = new Grant(clientId, redirectUri, serial, time.GetUtcNow() + lifetime);
        return code;
    }

    /// <summary>Redeems a code once: the holder's serial, or null when unknown, used, expired, or issued to another client or redirect.</summary>
    public string? Redeem(string code, string clientId, string? redirectUri)
    {
        if (!_codes.TryRemove(code, out var grant)) return null;
        if (grant.ClientId != clientId || grant.ExpiresAt <= time.GetUtcNow()) return null;
        if (redirectUri is not null && redirectUri != grant.RedirectUri) return null;
        return grant.Serial;
    }

    private sealed record Grant(string ClientId, string RedirectUri, string Serial, DateTimeOffset ExpiresAt);
}
