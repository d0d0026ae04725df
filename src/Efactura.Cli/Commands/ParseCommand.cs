using System.CommandLine;
using System.Text;
using Efactura.Core.Json;
using Efactura.Ubl;

namespace Efactura.Cli.Commands;

/// <summary><c>efactura parse</c>: a UBL 2.1 Invoice or CreditNote to the JSON contract.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("input") { Description = "The UBL XML file (Invoice or CreditNote), or - to read standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the JSON (default: standard output)." };
        var command = new Command("parse", "Read a UBL 2.1 Invoice or CreditNote (any producer, e.g. one downloaded from ANAF) and print it as efactura JSON.")
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
        var xml = await InputFile.ReadAllAsync(inputPath, console, cancellationToken);
        try
        {
            var invoice = new UblReader().Read(new MemoryStream(xml, writable: false));
            var json = Encoding.UTF8.GetBytes(InvoiceJson.Write(invoice) + "\n");
            await OutputFile.WriteAsync(outputPath, json, console, cancellationToken);
            return ExitCodes.Ok;
        }
        catch (UblReadException e)
        {
            await console.Error.WriteLineAsync($"{InputFile.DisplayName(inputPath)}: {e.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}
