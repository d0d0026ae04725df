using System.Security.Cryptography;

namespace Efactura.Server.Storage.Secrets;

/// <summary>Loads (or on first start creates) the key of <see cref="SecretProtector"/>.</summary>
public static class SecretKeySource
{
    /// <summary>The configured key, the key file's key, or a new key written to the key file (owner-only).</summary>
    /// <exception cref="InvalidOperationException">The configured key or the key file is not 32 bytes of base64.</exception>
    public static byte[] Load(SecretKeyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(options.Key)) return Decode(options.Key, "Efactura:Secrets:Key");
        var path = Path.GetFullPath(options.KeyFile);
        if (File.Exists(path)) return Decode(File.ReadAllText(path), path);

        var key = RandomNumberGenerator.GetBytes(SecretProtector.KeyLength);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var file = new FileStream(path, fileOptions))
        using (var writer = new StreamWriter(file))
            writer.Write(Convert.ToBase64String(key));
        return key;
    }

    private static byte[] Decode(string text, string source)
    {
        try
        {
            var key = Convert.FromBase64String(text.Trim());
            if (key.Length == SecretProtector.KeyLength) return key;
        }
        catch (FormatException)
        {
            // reported below, without the text (it is a secret)
        }
        throw new InvalidOperationException($"the secret key in {source} must be {SecretProtector.KeyLength} bytes in base64");
    }
}
