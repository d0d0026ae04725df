using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Efactura.Server.Workers.Webhooks;

/// <summary>
/// The <c>Efactura-Signature</c> header (DESIGN §4.4): <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c>, the
/// HMAC keyed with the subscription's secret over the UTF-8 bytes of <c>t</c>, a dot, and the exact request body.
/// The receiver recomputes it and rejects old timestamps, which stops replays.
/// </summary>
public static class WebhookSignature
{
    /// <summary>The header's name.</summary>
    public const string HeaderName = "Efactura-Signature";

    /// <summary>The header value for <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Header(string secret, long timestamp, ReadOnlySpan<byte> body) =>
        $"t={timestamp.ToString(CultureInfo.InvariantCulture)},v1={Compute(secret, timestamp, body)}";

    /// <summary>The lower-case hex HMAC-SHA256 of <c>"{timestamp}." + body</c> with <paramref name="secret"/>.</summary>
    public static string Compute(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
