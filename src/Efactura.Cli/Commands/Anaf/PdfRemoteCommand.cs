using System.CommandLine;

namespace Efactura.Cli.Commands.Anaf;

/// <summary><c>efactura anaf pdf-remote</c>: ANAF's transformare, its official PDF of a document.</summary>
internal static class PdfRemoteCommand
{
    public static Command Create(CliConsole console, AnafOptions anaf)
    {
        var file = new Argument<string>("file") { Description = "UBL XML or a JSON invoice (converted first). - reads standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the PDF (default: the input's name with .pdf)." };
        var noValidation = new Option<bool>("--no-validation") { Description = "novld=DA: ANAF renders without validating (it then does not vouch for the PDF)." };
        var command = new Command("pdf-remote", "Have ANAF's transformare service (production; no login needed) render the document as its PDF. Exits 1 when ANAF refuses.")
        {
            file, output, noValidation,
        };
        AnafAction.Set(command, console, async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            var target = result.GetValue(output) ?? (path == "-" ? "factura.pdf" : Path.ChangeExtension(path, ".pdf"));
            if (target == "-") throw new UsageException("a PDF is not written to standard output: give -o FILE");
            var document = await InvoiceDocument.ReadAsync(path, console, validator: null, cancellationToken);
            if (document is null) return ExitCodes.InvalidInput;
            using var connection = new AnafConnection(anaf.Target(result), anaf.Clock);
            var pdf = await connection.Client.TransformToPdfAsync(document.Xml, document.ValidationStandard, !result.GetValue(noValidation), cancellationToken);
            if (!pdf.IsSuccess)
            {
                await AnafErrorPrinter.PrintAsync(console.Error, pdf.Error);
                return ExitCodes.InvalidInput;
            }
            await OutputFile.WriteAsync(target, pdf.Value, console, cancellationToken);
            await console.Output.WriteLineAsync(target);
            return ExitCodes.Ok;
        });
        return command;
    }
}
