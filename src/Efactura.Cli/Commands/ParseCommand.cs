using System.CommandLine;
using System.Text;
using Efactura.Core.Json;
using Efactura.Ubl;

namespace Efactura.Cli.Commands;

/// <summary><c>efactura parse</c>: a UBL 2.1 Invoice or CreditNote, or a CII CrossIndustryInvoice, to the JSON contract.</summary>
internal static class ParseCommand
{
    public static Command Create(CliConsole console) => ConversionCommand.Create(
        "parse",
        "Read a UBL 2.1 Invoice or CreditNote or a CII CrossIndustryInvoice (any producer, e.g. one downloaded from ANAF; the syntax is told from the root element) and print it as efactura JSON, with the totals the document states as expectedTotals (convert checks them).",
        "The XML file: UBL (Invoice or CreditNote) or CII (rsm:CrossIndustryInvoice).",
        "Where to write the JSON",
        console,
        async (xml, source, _, cancellationToken) =>
        {
            try
            {
                var invoice = new InvoiceXmlReader().Read(new MemoryStream(xml, writable: false));
                return Encoding.UTF8.GetBytes(InvoiceJson.WriteWithStatedTotals(invoice) + "\n");
            }
            catch (UblReadException e)
            {
                await console.Error.WriteLineAsync($"{source}: {e.Message}".AsMemory(), cancellationToken);
                return null;
            }
        });
}
