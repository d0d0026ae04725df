using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Efactura.Server.Storage.Tenants;

/// <summary>
/// API key text and its stored form. A key is <c>efk_</c> and 256 random bits in base64url; the database
/// keeps its SHA-256 only. A slow password hash is not needed: nobody can guess 256 random bits, so the
/// hash only has to make a stolen database useless for calling the API.
/// </summary>
public static class ApiKeys
{
    /// <summary>Every key starts with this, so a leaked key is easy to recognise (secret scanners).</summary>
    public const string KeyPrefix = "efk_";

    private const int PrefixLength = 12;

    /// <summary>Makes a new random key.</summary>
    public static string Generate() => KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of <paramref name="key"/>: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>The displayable start of <paramref name="key"/>.</summary>
    public static string PrefixOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length <= PrefixLength ? key : key[..PrefixLength];
    }
}
