using System.Security.Cryptography;
using System.Text;

namespace Efactura.Server.Storage.Secrets;

/// <summary>
/// Encrypts secrets at rest (ANAF tokens, webhook secrets) with AES-256-GCM. Stored form: a format byte
/// (1), the 12-byte nonce, the 16-byte tag, then the ciphertext. The purpose (e.g. <c>anaf-access:&lt;company id&gt;</c>)
/// is bound as associated data, so a ciphertext copied into another row or column does not decrypt.
/// </summary>
public sealed class SecretProtector
{
    /// <summary>The key length: 32 bytes (AES-256).</summary>
    public const int KeyLength = 32;

    private const byte Format = 1;
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private const int HeaderLength = 1 + NonceLength + TagLength;

    private readonly byte[] key;

    /// <summary>Uses <paramref name="key"/> (32 bytes; keep it out of the database).</summary>
    public SecretProtector(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeyLength) throw new ArgumentException($"the key must be {KeyLength} bytes", nameof(key));
        this.key = key.ToArray();
    }

    /// <summary>Encrypts <paramref name="secret"/> for <paramref name="purpose"/>.</summary>
    public byte[] Protect(string secret, string purpose)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        var plaintext = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[HeaderLength + plaintext.Length];
        sealedBytes[0] = Format;
        var nonce = sealedBytes.AsSpan(1, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagLength);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(HeaderLength), sealedBytes.AsSpan(1 + NonceLength, TagLength), Encoding.UTF8.GetBytes(purpose));
        return sealedBytes;
    }

    /// <summary>Decrypts what <see cref="Protect"/> made for the same purpose.</summary>
    /// <exception cref="CryptographicException">Wrong key, wrong purpose, or the bytes were altered.</exception>
    public string Unprotect(byte[] sealedBytes, string purpose)
    {
        ArgumentNullException.ThrowIfNull(sealedBytes);
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        if (sealedBytes.Length < HeaderLength || sealedBytes[0] != Format)
            throw new CryptographicException("not a secret sealed by this server");
        var plaintext = new byte[sealedBytes.Length - HeaderLength];
        using var aes = new AesGcm(key, TagLength);
        aes.Decrypt(sealedBytes.AsSpan(1, NonceLength), sealedBytes.AsSpan(HeaderLength), sealedBytes.AsSpan(1 + NonceLength, TagLength), plaintext, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plaintext);
    }
}
