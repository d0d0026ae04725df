using System.Security.Cryptography;
using Efactura.Server.Storage.Secrets;

namespace Efactura.Server.Tests.Storage.Secrets;

public class SecretProtectorTests
{
    private readonly SecretProtector protector = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void A_secret_comes_back_for_its_purpose_only()
    {
        var sealedBytes = protector.Protect("token-value", "anaf-access:1");

        protector.Unprotect(sealedBytes, "anaf-access:1").ShouldBe("token-value");
        Should.Throw<CryptographicException>(() => protector.Unprotect(sealedBytes, "anaf-access:2"));
    }

    [Fact]
    public void Altered_bytes_or_another_key_do_not_decrypt()
    {
        var sealedBytes = protector.Protect("token-value", "p");
        var altered = sealedBytes.ToArray();
        altered[^1] ^= 1;

        Should.Throw<CryptographicException>(() => protector.Unprotect(altered, "p"));
        Should.Throw<CryptographicException>(() => new SecretProtector(RandomNumberGenerator.GetBytes(32)).Unprotect(sealedBytes, "p"));
        Should.Throw<CryptographicException>(() => protector.Unprotect([1, 2, 3], "p"));
    }

    [Fact]
    public void The_same_secret_encrypts_differently_each_time()
    {
        protector.Protect("x", "p").ShouldNotBe(protector.Protect("x", "p"));
    }

    [Fact]
    public void A_key_file_is_created_once_owner_only_and_then_reused()
    {
        var folder = Path.Combine(Path.GetTempPath(), "efactura-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new SecretKeyOptions { KeyFile = Path.Combine(folder, "secret.key") };

            var first = SecretKeySource.Load(options);
            var second = SecretKeySource.Load(options);

            first.Length.ShouldBe(32);
            second.ShouldBe(first);
            if (!OperatingSystem.IsWindows())
                File.GetUnixFileMode(options.KeyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            SecretKeySource.Load(new SecretKeyOptions { Key = Convert.ToBase64String(first), KeyFile = "/nonexistent/x" }).ShouldBe(first);
            Should.Throw<InvalidOperationException>(() => SecretKeySource.Load(new SecretKeyOptions { Key = "c2hvcnQ=" }));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
