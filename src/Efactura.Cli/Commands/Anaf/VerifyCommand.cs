using System.CommandLine;
using Efactura.Anaf.Archives;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>
/// <c>efactura anaf verify</c>: checks a downloaded ZIP's signature locally, names the signer, and says whether it is
/// ANAF's (one of the pinned certificates, valid when it signed). Exit 0 only for <c>verified</c>.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var zip = new Argument<string>("zip") { Description = "A ZIP downloaded from ANAF (or the simulator)." };
        var trust = new Option<string[]>("--trust")
        {
            Description = "Also accept the certificate in this PEM or DER file as ANAF's (e.g. a renewal, or a simulator's); repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("verify",
            "Verify a downloaded ZIP offline: its two entries, that semnatura_{N}.xml signs {N}.xml (ANAF's enveloped TEST or detached PROD form), and that the signer is one of ANAF's pinned certificates, valid at the ZIP's signing time. Exits 0 when verified, 1 when the signature is invalid or not ANAF's.")
        {
            zip,
            trust,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(zip)!;
            var signers = AnafSigners.Any;
            foreach (var file in result.GetValue(trust) ?? [])
            {
                try
                {
                    signers = signers.With(PinnedSigner.From(Path.GetFileName(file), await InputFile.ReadAllAsync(file, console, cancellationToken)));
                }
                catch (System.Security.Cryptography.CryptographicException e)
                {
                    throw new UsageException($"--trust {file}: not a certificate ({e.Message})");
                }
            }
            var read = AnafArchive.Read(await InputFile.ReadAllAsync(path, console, cancellationToken), new ArchiveLimits());
            if (!read.IsSuccess)
            {
                await console.Error.WriteLineAsync($"{InputFile.DisplayName(path)}: {read.Error.Detail}");
                return ExitCodes.InvalidInput;
            }
            var verification = ArchiveSignatureVerifier.Verify(read.Value, signers);
            if (verification.Signer is { } signer)
            {
                await console.Output.WriteLineAsync($"signer: {signer.Subject}");
                await console.Output.WriteLineAsync($"issuer: {signer.Issuer}");
                await console.Output.WriteLineAsync($"serial: {signer.SerialNumber}, SHA-1 {signer.Thumbprint}, valid {signer.NotBefore:yyyy-MM-dd} to {signer.NotAfter:yyyy-MM-dd}");
            }
            if (verification.SignedAt is { } at) await console.Output.WriteLineAsync($"signed: {at:yyyy-MM-dd HH:mm:ss} UTC (the ZIP's entry time)");
            switch (verification.Outcome)
            {
                case SignatureOutcome.Invalid:
                    await console.Error.WriteLineAsync($"{InputFile.DisplayName(path)}: INVALID signature ({verification.Form}): {verification.Failure}");
                    return ExitCodes.InvalidInput;
                case SignatureOutcome.UnknownSigner:
                    await console.Output.WriteLineAsync($"valid {Form(verification)} signature over {read.Value.DocumentName}");
                    await console.Error.WriteLineAsync($"{InputFile.DisplayName(path)}: UNKNOWN SIGNER: {verification.Failure}");
                    return ExitCodes.InvalidInput;
                default:
                    await console.Output.WriteLineAsync($"valid {Form(verification)} signature over {read.Value.DocumentName}");
                    await console.Output.WriteLineAsync($"verified: signed by {verification.PinnedSigner!.Name}");
                    return ExitCodes.Ok;
            }
        });
        return command;
    }

    private static string Form(SignatureVerification verification) =>
        verification.Form.ToString().ToLowerInvariant() + (verification.FormattingUndone ? " (ANAF's test formatting undone)" : "");
}
