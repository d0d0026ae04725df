using System.Xml;
using Efactura.Anaf;
using Efactura.Core.Json;
using Efactura.Ubl;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>A document to send to ANAF: XML as given, or a JSON invoice converted to UBL first; and what it is.</summary>
/// <param name="Xml">The XML bytes to send.</param>
/// <param name="Standard">upload's standard, read from the root element.</param>
internal sealed record InvoiceDocument(byte[] Xml, UploadStandard Standard)
{
    /// <summary>validare's and transformare's standard: FCN for a credit note, FACT1 otherwise.</summary>
    public ValidationStandard ValidationStandard => Standard == UploadStandard.CN ? ValidationStandard.FCN : ValidationStandard.FACT1;

    /// <summary>Reads <paramref name="path"/>; null when a JSON invoice is invalid (its findings are already printed).</summary>
    public static async Task<InvoiceDocument?> ReadAsync(string path, CliConsole console, CancellationToken cancellationToken)
    {
        var bytes = await InputFile.ReadAllAsync(path, console, cancellationToken);
        if (IsJson(bytes))
        {
            var parsed = InvoiceJson.Parse(bytes);
            await FindingPrinter.PrintAsync(console.Error, InputFile.DisplayName(path), parsed.Findings);
            if (!parsed.IsSuccess) return null;
            bytes = new UblWriter().ToBytes(parsed.Invoice!);
        }
        return new InvoiceDocument(bytes, StandardOf(bytes));
    }

    private static bool IsJson(ReadOnlySpan<byte> bytes)
    {
        var text = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
        var start = text.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && text[start] == (byte)'{';
    }

    // Only the root is read (hardened: no DTD, no resolver); ANAF itself judges the rest.
    private static UploadStandard StandardOf(byte[] xml)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml, writable: false), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            reader.MoveToContent();
            return (reader.LocalName, reader.NamespaceURI) switch
            {
                ("CreditNote", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2") => UploadStandard.CN,
                ("CrossIndustryInvoice", _) => UploadStandard.CII,
                ("header", "mfp:anaf:dgti:spv:reqMesaj:v1") => UploadStandard.RASP,
                _ => UploadStandard.UBL,
            };
        }
        catch (XmlException)
        {
            // Not XML: send it as UBL and let ANAF's answer say what is wrong with it.
            return UploadStandard.UBL;
        }
    }
}
