using System.CommandLine;
using Efactura.Core.Findings;
using Efactura.Core.Json;
using Efactura.Ubl;

namespace Efactura.Cli.Commands;

/// <summary><c>efactura convert</c>: a JSON invoice to UBL 2.1 CIUS-RO XML.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("input") { Description = "The JSON invoice file, or - to read standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the XML (default: standard output)." };
        var command = new Command("convert", "Convert a JSON invoice to UBL 2.1 CIUS-RO XML: computes totals and VAT, reports every error with its JSON pointer.")
        {
            input,
            output,
        };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetValue(input)!, result.GetValue(output), console, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string inputPath, string? outputPath, CliConsole console, CancellationToken cancellationToken)
    {
        var json = await InputFile.ReadAllAsync(inputPath, console, cancellationToken);
        var parsed = InvoiceJson.Parse(json);
        await FindingPrinter.PrintAsync(console.Error, InputFile.DisplayName(inputPath), parsed.Findings);
        if (!parsed.IsSuccess) return ExitCodes.InvalidInput;
        var xml = new UblWriter().ToBytes(parsed.Invoice!);
        await OutputFile.WriteAsync(outputPath, xml, console, cancellationToken);
        return ExitCodes.Ok;
    }
}
