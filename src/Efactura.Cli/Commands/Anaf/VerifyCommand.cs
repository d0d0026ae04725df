using System.CommandLine;
using Efactura.Anaf.Archives;

namespace Efactura.Cli.Commands.Anaf;

/// <summary><c>efactura anaf verify</c>: checks a downloaded ZIP's signature locally and names the signer.</summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var zip = new Argument<string>("zip") { Description = "A ZIP downloaded from ANAF (or the simulator)." };
        var command = new Command("verify",
            "Verify a downloaded ZIP offline: its two entries, and that semnatura_{N}.xml signs {N}.xml (enveloped or detached form). Prints the signer; whether to trust that certificate is yours to decide.")
        {
            zip,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(zip)!;
            var read = AnafArchive.Read(await InputFile.ReadAllAsync(path, console, cancellationToken), new ArchiveLimits());
            if (!read.IsSuccess)
            {
                await console.Error.WriteLineAsync($"{InputFile.DisplayName(path)}: {read.Error.Detail}");
                return ExitCodes.InvalidInput;
            }
            var verification = ArchiveSignatureVerifier.Verify(read.Value);
            if (verification.Signer is { } signer)
            {
                await console.Output.WriteLineAsync($"signer: {signer.Subject}");
                await console.Output.WriteLineAsync($"issuer: {signer.Issuer}");
                await console.Output.WriteLineAsync($"serial: {signer.SerialNumber}, SHA-1 {signer.Thumbprint}, valid {signer.NotBefore:yyyy-MM-dd} to {signer.NotAfter:yyyy-MM-dd}");
            }
            if (!verification.IsValid)
            {
                await console.Error.WriteLineAsync($"{InputFile.DisplayName(path)}: INVALID signature ({verification.Form}): {verification.Failure}");
                return ExitCodes.InvalidInput;
            }
            await console.Output.WriteLineAsync($"valid {verification.Form.ToString().ToLowerInvariant()} signature over {read.Value.DocumentName}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
