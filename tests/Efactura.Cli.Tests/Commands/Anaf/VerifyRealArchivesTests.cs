using System.IO.Compression;
using Efactura.Testing;

namespace Efactura.Cli.Tests.Commands.Anaf;

/// <summary><c>efactura anaf verify</c> on ZIPs ANAF's own servers produced (../shared/anaf-recordings).</summary>
public sealed class VerifyRealArchivesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("efactura-verify-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static Task<CliRun> Verify(string zip) => CliRun.Of(["anaf", "verify", zip]);

    [Theory]
    [InlineData("prod/4186086961.zip", "ANAF (Ministerul Finantelor Publice)", "valid detached signature over 4186086961.xml")]
    [InlineData("test/5004879752.zip", "ANAF TEST", "valid enveloped (ANAF's test formatting undone) signature over 5004879752.xml")]
    public async Task A_real_ANAF_zip_is_verified_and_names_ANAF(string recording, string signer, string form)
    {
        var run = await Verify(Path.Combine(TestPaths.AnafRecordings, recording));

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        run.Output.ShouldContain(form);
        run.Output.ShouldContain($"verified: signed by {signer}");
    }

    [Theory]
    [InlineData("prod/4186086961.zip")]
    [InlineData("test/5004879752.zip")]
    public async Task A_copy_with_one_byte_of_the_invoice_changed_is_refused(string recording)
    {
        var copy = Path.Combine(_folder, Path.GetFileName(recording));
        File.Copy(Path.Combine(TestPaths.AnafRecordings, recording), copy);
        using (var archive = ZipFile.Open(copy, ZipArchiveMode.Update))
        {
            var entry = archive.Entries.Single(e => !e.FullName.StartsWith("semnatura_", StringComparison.Ordinal));
            byte[] bytes;
            using (var stream = entry.Open())
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer, TestContext.Current.CancellationToken);
                bytes = buffer.ToArray();
            }
            var at = bytes.AsSpan().IndexOf("</cbc:ID>"u8) - 1;
            bytes[at] = (byte)(bytes[at] == (byte)'1' ? '2' : '1');
            var name = entry.FullName;
            entry.Delete();
            using var rewritten = archive.CreateEntry(name).Open();
            await rewritten.WriteAsync(bytes, TestContext.Current.CancellationToken);
        }

        var run = await Verify(copy);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("INVALID signature");
    }
}
