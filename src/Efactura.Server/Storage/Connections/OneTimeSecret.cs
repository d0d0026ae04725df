namespace Efactura.Server.Storage.Connections;

/// <summary>
/// A random one-time value handed out once (an OAuth state or a token link); only its SHA-256 is stored.
/// <see cref="ToString"/> leaves the value out.
/// </summary>
/// <param name="Value">The value, 256 random bits in base64url.</param>
/// <param name="ExpiresAt">When it stops working (UTC).</param>
public sealed record OneTimeSecret(string Value, DateTimeOffset ExpiresAt)
{
    /// <summary>The expiry, never the value.</summary>
    public override string ToString() => $"OneTimeSecret {{ ExpiresAt = {ExpiresAt:O} }}";
}
