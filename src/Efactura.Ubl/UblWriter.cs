using System.Text;
using System.Xml;
using Efactura.Core.Model;

namespace Efactura.Ubl;

/// <summary>
/// Writes an <see cref="Invoice"/> as a UBL 2.1 Invoice, or as a UBL 2.1 CreditNote when
/// <see cref="Invoice.IsCreditNote"/>, with every business term at its EN 16931 UBL syntax binding
/// and every element in the order of the UBL 2.1 XSD sequences.
/// </summary>
/// <remarks>
/// The output is deterministic: the same model gives the same bytes (UTF-8 without byte order mark,
/// an XML declaration, two-space indentation, "\n" line ends, the cac and cbc prefixes declared on
/// the root). Numbers are written exactly as the decimals hold them, in the invariant culture, so
/// quantities and prices are never cut. Empty optional values (null or "") are omitted.
/// Where UBL has no place for a value the model holds, the value is not written:
/// a credit note's due date (BT-9) lives in the first payment means, so it needs one;
/// the VAT total in the VAT accounting currency (BT-111) is written only when that currency differs
/// from the invoice currency; allowances and charges on a line carry no VAT category.
/// </remarks>
public sealed class UblWriter
{
    private static XmlWriterSettings Settings() => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // Keeps a carriage return inside a note as &#xD; so it survives a normalising reader.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>Writes the invoice to <paramref name="output"/>; the stream is left open.</summary>
    /// <param name="invoice">The invoice or credit note to write.</param>
    /// <param name="output">A writable stream.</param>
    public void Write(Invoice invoice, Stream output)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlWriter.Create(output, Settings());
        new UblDocumentWriter(xml, invoice).WriteDocument();
    }

    /// <summary>Writes the invoice and returns the UTF-8 bytes of the document.</summary>
    /// <param name="invoice">The invoice or credit note to write.</param>
    /// <returns>The document, UTF-8 without byte order mark.</returns>
    public byte[] ToBytes(Invoice invoice)
    {
        using var buffer = new MemoryStream();
        Write(invoice, buffer);
        return buffer.ToArray();
    }

    /// <summary>Writes the invoice and returns the document as text.</summary>
    /// <param name="invoice">The invoice or credit note to write.</param>
    /// <returns>The document, the same characters <see cref="ToBytes"/> encodes.</returns>
    public string ToXml(Invoice invoice) => Encoding.UTF8.GetString(ToBytes(invoice));
}
