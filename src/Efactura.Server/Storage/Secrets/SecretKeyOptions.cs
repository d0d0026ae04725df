namespace Efactura.Server.Storage.Secrets;

/// <summary>
/// Where the key that encrypts secrets at rest comes from; section <c>Efactura:Secrets</c>. Every node of one
/// database needs the same key. Without <see cref="Key"/>, the key is read from <see cref="KeyFile"/>, which
/// is created with a new random key on first start (fine for one node; set <see cref="Key"/> for several).
/// </summary>
public sealed class SecretKeyOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Secrets";

    /// <summary>The key as base64 (32 bytes), e.g. from the environment variable <c>Efactura__Secrets__Key</c>; default none.</summary>
    public string? Key { get; set; }

    /// <summary>The key file (base64 text) used when <see cref="Key"/> is not set; default <c>data/secret.key</c>.</summary>
    public string KeyFile { get; set; } = "data/secret.key";
}
