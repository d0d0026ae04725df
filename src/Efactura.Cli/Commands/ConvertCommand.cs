using System.CommandLine;
using Efactura.Core.Json;
using Efactura.Ubl;

namespace Efactura.Cli.Commands;

/// <summary><c>efactura convert</c>: a JSON invoice to UBL 2.1 CIUS-RO XML.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliConsole console) => ConversionCommand.Create(
        "convert",
        "Convert a JSON invoice to UBL 2.1 CIUS-RO XML: computes totals and VAT, reports every error with its JSON pointer.",
        "The JSON invoice file.",
        "Where to write the XML",
        console,
        async (json, source, cancellationToken) =>
        {
            var parsed = InvoiceJson.Parse(json);
            await FindingPrinter.PrintAsync(console.Error, source, parsed.Findings);
            return parsed.IsSuccess ? new UblWriter().ToBytes(parsed.Invoice!) : null;
        });
}
