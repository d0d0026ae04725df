using System.Xml;
using Efactura.Anaf;
using Efactura.Core.Json;
using Efactura.Ubl;
using Efactura.Validation;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>A document to send to ANAF: XML as given, or a JSON invoice converted to UBL first; and what it is.</summary>
/// <param name="Xml">The XML bytes to send.</param>
/// <param name="Standard">upload's standard, read from the root element.</param>
internal sealed record InvoiceDocument(byte[] Xml, UploadStandard Standard)
{
    /// <summary>validare's and transformare's standard: FCN for a credit note, FACT1 otherwise.</summary>
    public ValidationStandard ValidationStandard => Standard == UploadStandard.CN ? ValidationStandard.FCN : ValidationStandard.FACT1;

    /// <summary>
    /// Reads <paramref name="path"/>; null when the invoice is invalid (its findings are already printed): a JSON invoice
    /// with errors, or, when a <paramref name="validator"/> is given, a UBL Invoice or CreditNote (given or converted)
    /// with a fatal finding of the official CIUS-RO rules, which ANAF would refuse. CII and RASP documents are not
    /// checked locally.
    /// </summary>
    public static async Task<InvoiceDocument?> ReadAsync(string path, CliConsole console, InvoiceValidator? validator, CancellationToken cancellationToken)
    {
        var bytes = await InputFile.ReadAllAsync(path, console, cancellationToken);
        var source = InputFile.DisplayName(path);
        if (IsJson(bytes))
        {
            if (validator is not null) return await ValidatedJsonAsync(bytes, source, console, validator);
            var parsed = InvoiceJson.Parse(bytes);
            await FindingPrinter.PrintAsync(console.Error, source, parsed.Findings);
            if (!parsed.IsSuccess) return null;
            bytes = new UblWriter().ToBytes(parsed.Invoice!);
        }
        var document = new InvoiceDocument(bytes, StandardOf(bytes));
        if (validator is null || document.Standard is not (UploadStandard.UBL or UploadStandard.CN)) return document;
        var result = validator.Validate(bytes, ValidationProfile.CiusRo);
        await FindingPrinter.PrintAsync(console.Error, source, result.Findings);
        return result.IsValid ? document : null;
    }

    private static async Task<InvoiceDocument?> ValidatedJsonAsync(byte[] json, string source, CliConsole console, InvoiceValidator validator)
    {
        var result = validator.ValidateJson(json, ValidationProfile.CiusRo);
        await FindingPrinter.PrintAsync(console.Error, source, result.Findings);
        if (!result.IsValid || result.Invoice is not { } invoice) return null;
        var xml = new UblWriter().ToBytes(invoice);
        return new InvoiceDocument(xml, StandardOf(xml));
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
