using System.CommandLine;

namespace Efactura.Cli.Commands.Anaf;

/// <summary><c>efactura anaf validate-remote</c>: ANAF's own validare of a document, without uploading it.</summary>
internal static class ValidateRemoteCommand
{
    public static Command Create(CliConsole console, AnafOptions anaf)
    {
        var file = new Argument<string>("file") { Description = "UBL XML or a JSON invoice (converted first). - reads standard input." };
        var command = new Command("validate-remote",
            "Ask ANAF's validare service (production; no login needed) whether it accepts the document; prints each message explained. Exits 1 for nok.")
        {
            file,
        };
        AnafAction.Set(command, console, async (result, cancellationToken) =>
        {
            var document = await InvoiceDocument.ReadAsync(result.GetValue(file)!, console, validator: null, cancellationToken);
            if (document is null) return ExitCodes.InvalidInput;
            using var connection = new AnafConnection(anaf.Target(result), anaf.Clock);
            var report = await connection.Client.ValidateAsync(document.Xml, document.ValidationStandard, cancellationToken);
            if (!report.IsSuccess)
            {
                await AnafErrorPrinter.PrintAsync(console.Error, report.Error);
                return ExitCodes.InvalidInput;
            }
            await console.Output.WriteLineAsync($"{(report.Value.IsValid ? "ok" : "nok")} (trace_id {report.Value.TraceId})");
            await AnafErrorPrinter.PrintAsync(console.Output, report.Value.Explanations);
            return report.Value.IsValid ? ExitCodes.Ok : ExitCodes.InvalidInput;
        });
        return command;
    }
}
