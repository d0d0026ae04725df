using System.CommandLine;
using Efactura.Anaf.Archives;
using Efactura.Core.Json;
using Efactura.Pdf;
using Efactura.Pdf.Sources;
using Efactura.Ubl;

namespace Efactura.Cli.Commands;

/// <summary>
/// <c>efactura render</c>: an invoice (JSON, UBL or CII XML, or ANAF's download ZIP) to our own PDF/A-3 with the XML attached.
/// The kind is told from the bytes, so standard input works for all three.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("input") { Description = "The invoice: a JSON file, a UBL or CII XML file, or ANAF's download ZIP. Use - to read standard input." };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the PDF.", Required = true };
        var language = new Option<string>("--lang") { Description = "The language of the labels: ro (default) or en.", DefaultValueFactory = _ => "ro" };
        language.AcceptOnlyFromAmong("ro", "en");
        var command = new Command("render", "Render an invoice as a PDF (A4, PDF/A-3 with the invoice XML attached, UBL or CII as given; for an ANAF ZIP also its signature and upload index).")
        {
            input, output, language,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(input)!;
            var target = result.GetValue(output)!;
            if (target == "-") throw new UsageException("a PDF is binary: give a file with -o, not standard output");
            var bytes = await InputFile.ReadAllAsync(path, console, cancellationToken);
            var source = InputFile.DisplayName(path);
            var read = await ReadAsync(bytes, source, console, cancellationToken);
            if (read is null) return ExitCodes.InvalidInput;
            var pdfLanguage = result.GetValue(language) == "en" ? PdfLanguage.English : PdfLanguage.Romanian;
            var pdf = new InvoicePdfRenderer().Render(read with { Language = pdfLanguage }, cancellationToken);
            await OutputFile.WriteAsync(target, pdf, console, cancellationToken);
            var anaf = read.Anaf is { } receipt ? $", ANAF upload index {receipt.UploadIndex}" : "";
            await console.Error.WriteLineAsync($"{source}: invoice {read.Invoice.Number}{anaf} → {target} ({pdf.Length:N0} bytes)");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<InvoicePdfInput?> ReadAsync(byte[] bytes, string source, CliConsole console, CancellationToken cancellationToken)
    {
        var createdAt = TimeProvider.System.GetUtcNow();
        try
        {
            if (AnafArchive.LooksLikeZip(bytes)) return InvoicePdfSources.FromAnafArchive(bytes, createdAt);
            if (LooksLikeJson(bytes))
            {
                var parsed = InvoiceJson.Parse(bytes);
                await FindingPrinter.PrintAsync(console.Error, source, parsed.Findings);
                if (!parsed.IsSuccess) return null;
                return new InvoicePdfInput { Invoice = parsed.Invoice!, Xml = new UblWriter().ToBytes(parsed.Invoice!), CreatedAt = createdAt };
            }
            return InvoicePdfSources.FromXml(bytes, createdAt);
        }
        catch (InvoicePdfSourceException e)
        {
            await console.Error.WriteLineAsync($"{source}: {e.Message}");
            return null;
        }
    }

    // JSON starts with "{" after an optional byte order mark and whitespace; XML with "<".
    private static bool LooksLikeJson(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') continue;
            return b == (byte)'{';
        }
        return false;
    }
}
