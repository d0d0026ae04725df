using System.CommandLine;
using System.Text;
using Efactura.Core.Json;
using Efactura.Ubl;

namespace Efactura.Cli.Commands;

/// <summary><c>efactura parse</c>: a UBL 2.1 Invoice or CreditNote to the JSON contract.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console) => ConversionCommand.Create(
        "parse",
        "Read a UBL 2.1 Invoice or CreditNote (any producer, e.g. one downloaded from ANAF) and print it as efactura JSON, with the totals the document states as expectedTotals (convert checks them).",
        "The UBL XML file (Invoice or CreditNote).",
        "Where to write the JSON",
        console,
        async (xml, source, _, cancellationToken) =>
        {
            try
            {
                var invoice = new UblReader().Read(new MemoryStream(xml, writable: false));
                return Encoding.UTF8.GetBytes(InvoiceJson.WriteWithStatedTotals(invoice) + "\n");
            }
            catch (UblReadException e)
            {
                await console.Error.WriteLineAsync($"{source}: {e.Message}".AsMemory(), cancellationToken);
                return null;
            }
        });
}
