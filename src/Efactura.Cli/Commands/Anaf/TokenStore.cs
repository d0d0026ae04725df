using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>
/// Keeps logins encrypted at rest (DESIGN §5: tokens are secrets). Each environment's login is one file,
/// <c>tokens/{environment}.bin</c> = nonce (12 bytes) ‖ tag (16) ‖ AES-256-GCM ciphertext of its JSON, with the
/// environment's name as associated data so a file cannot be passed off as another environment's. The key
/// is 32 random bytes in <c>key</c>, created readable and writable by the user only (0600 in a 0700 folder on
/// Unix; on Windows the folder is in the user's profile, which only the user and administrators can read).
/// A key file others can read is refused, as ssh refuses such private keys.
/// </summary>
/// <param name="directory">The configuration folder, e.g. <c>~/.config/efactura</c>.</param>
internal sealed class TokenStore(string directory)
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private const UnixFileMode UserOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode UserOnlyFolder = UserOnly | UnixFileMode.UserExecute;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The default folder: $EFACTURA_CONFIG_DIR, else efactura in the user's configuration folder (~/.config on Linux).</summary>
    public static string DefaultDirectory =>
        Environment.GetEnvironmentVariable("EFACTURA_CONFIG_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "efactura");

    /// <summary>The file holding <paramref name="environment"/>'s login.</summary>
    public string PathOf(string environment) => Path.Combine(directory, "tokens", environment + ".bin");

    /// <summary>The login for <paramref name="environment"/>, or null when there is none.</summary>
    public async Task<StoredLogin?> LoadAsync(string environment, CancellationToken cancellationToken)
    {
        var path = PathOf(environment);
        if (!File.Exists(path)) return null;
        var sealedBytes = await File.ReadAllBytesAsync(path, cancellationToken);
        if (sealedBytes.Length < NonceBytes + TagBytes) throw new UsageException($"the token file {path} is damaged: log in again");
        var plain = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(await KeyAsync(create: false, cancellationToken), TagBytes);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes), plain,
                Encoding.UTF8.GetBytes(environment));
        }
        catch (CryptographicException)
        {
            throw new UsageException($"the token file {path} cannot be decrypted with this key: log in again");
        }
        return JsonSerializer.Deserialize<StoredLogin>(plain, Json);
    }

    /// <summary>Stores <paramref name="login"/> for <paramref name="environment"/>, replacing the previous one at once.</summary>
    public async Task SaveAsync(string environment, StoredLogin login, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(create: true, cancellationToken);
        var plain = JsonSerializer.SerializeToUtf8Bytes(login, Json);
        var sealedBytes = new byte[NonceBytes + TagBytes + plain.Length];
        RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, NonceBytes));
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Encrypt(sealedBytes.AsSpan(0, NonceBytes), plain, sealedBytes.AsSpan(NonceBytes + TagBytes), sealedBytes.AsSpan(NonceBytes, TagBytes),
                Encoding.UTF8.GetBytes(environment));
        }
        CryptographicOperations.ZeroMemory(plain);
        var path = PathOf(environment);
        CreateFolder(Path.GetDirectoryName(path)!);
        // Written beside and moved over, so a crash never leaves half a token pair (the old refresh token is already spent).
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        await WriteUserOnlyAsync(temporary, sealedBytes, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private async Task<byte[]> KeyAsync(bool create, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, "key");
        if (!File.Exists(path))
        {
            if (!create) throw new UsageException($"the key file {path} is missing: log in again");
            CreateFolder(directory);
            var fresh = RandomNumberGenerator.GetBytes(32);
            try
            {
                await WriteUserOnlyAsync(path, fresh, cancellationToken, FileMode.CreateNew);
                return fresh;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another efactura process created it first: use theirs.
            }
        }
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~UserOnly) != 0)
            throw new UsageException($"the key file {path} is accessible to other users: run chmod 600 {path}");
        var key = await File.ReadAllBytesAsync(path, cancellationToken);
        return key.Length == 32 ? key : throw new UsageException($"the key file {path} is damaged: delete it and log in again");
    }

    private static void CreateFolder(string path)
    {
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, UserOnlyFolder);
    }

    private static async Task WriteUserOnlyAsync(string path, byte[] content, CancellationToken cancellationToken, FileMode mode = FileMode.Create)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UserOnly;
        await using var stream = new FileStream(path, options);
        await stream.WriteAsync(content, cancellationToken);
    }
}
