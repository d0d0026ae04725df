using System.Text.Json;

namespace Efactura.Anaf.OAuth;

/// <summary>
/// Reads a JWT's <c>exp</c> claim without verifying the signature: the client holds no ANAF key, and the
/// expiry is only used to plan refreshes (Odoo does the same, anaf-api.md §1.3).
/// </summary>
public static class JwtExpiry
{
    /// <summary>The expiry, or null when <paramref name="token"/> is not a JWT with a numeric <c>exp</c>.</summary>
    public static DateTimeOffset? Read(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var parts = token.Split('.');
        if (parts.Length != 3) return null;
        try
        {
            var payload = parts[1].Replace('-', '+').Replace('_', '/');
            using var json = JsonDocument.Parse(Convert.FromBase64String(payload + new string('=', (4 - payload.Length % 4) % 4)));
            return json.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
