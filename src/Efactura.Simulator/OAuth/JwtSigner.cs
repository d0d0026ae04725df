using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Efactura.Simulator.OAuth;

/// <summary>Signs and checks compact JWTs with RS512, ANAF's algorithm (anaf-api.md §1.3), using a key made at start-up.</summary>
internal sealed class JwtSigner(RSA key, string keyId)
{
    /// <summary>The signed token for <paramref name="claims"/>.</summary>
    public string Sign(JsonObject claims)
    {
        var header = new JsonObject { ["alg"] = "RS512", ["typ"] = "JWT", ["kid"] = keyId };
        var signingInput = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>The claims of a token this signer made, or null when the token is malformed or its signature fails.</summary>
    public JsonObject? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return null;
        try
        {
            var signature = FromBase64Url(parts[2]);
            var signed = key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1);
            return signed ? JsonNode.Parse(FromBase64Url(parts[1])) as JsonObject : null;
        }
        catch (FormatException)
        {
            return null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }
}
