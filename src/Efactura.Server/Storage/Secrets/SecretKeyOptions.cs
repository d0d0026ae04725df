using System.ComponentModel.DataAnnotations;

namespace Efactura.Server.Storage.Secrets;

/// <summary>
/// Where the key that encrypts secrets at rest comes from; section <c>Efactura:Secrets</c>. Every node of one
/// database needs the same key. Without <see cref="Key"/>, the key is read from <see cref="KeyFile"/>, which
/// is created with a new random key on first start (fine for one node; set <see cref="Key"/> for several).
/// </summary>
public sealed class SecretKeyOptions : IValidatableObject
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Secrets";

    /// <summary>The key as base64 (32 bytes), e.g. from the environment variable <c>Efactura__Secrets__Key</c>; default none.</summary>
    public string? Key { get; set; }

    /// <summary>The key file (base64 text) used when <see cref="Key"/> is not set; default <c>data/secret.key</c>.</summary>
    public string KeyFile { get; set; } = "data/secret.key";

    /// <summary>A <see cref="Key"/> that is not 32 bytes of base64, or neither a key nor a key file (the key itself is never shown).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Key))
        {
            var bytes = new byte[Key.Length];
            if (!Convert.TryFromBase64String(Key.Trim(), bytes, out var length) || length != SecretProtector.KeyLength)
                yield return new ValidationResult($"{Section}:Key must be {SecretProtector.KeyLength} bytes in base64 (e.g. from 'openssl rand -base64 32').", [nameof(Key)]);
        }
        else if (string.IsNullOrWhiteSpace(KeyFile))
            yield return new ValidationResult($"{Section}:KeyFile is missing: the file the secret key is kept in (default data/secret.key), or set {Section}:Key.", [nameof(KeyFile)]);
    }
}
