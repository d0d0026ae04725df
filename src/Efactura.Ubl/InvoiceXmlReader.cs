using System.Xml;
using Efactura.Core.Model;
using Efactura.Ubl.Cii;

namespace Efactura.Ubl;

/// <summary>
/// Reads an invoice in either syntax of EN 16931 into an <see cref="Invoice"/>, the syntax told from the root element:
/// a UBL 2.1 Invoice or CreditNote (as <see cref="UblReader"/> reads it) or a UN/CEFACT Cross Industry Invoice D16B
/// (<c>rsm:CrossIndustryInvoice</c>, which ANAF accepts as <c>standard=CII</c>). Both are parsed the same hardened way
/// (no DTD, no entity, nothing resolved, <see cref="UblReaderOptions.MaxDocumentBytes"/> enforced while reading) and
/// tolerate the same absences (see <see cref="UblReader"/>).
/// </summary>
/// <remarks>
/// CII: every EN 16931 business term is read at its CII syntax binding. Where CII holds a value once for the document
/// and the model per means of payment (remittance information BT-83, mandate BT-89, creditor id BT-90), each means
/// gets it; a direct debit (BG-19) is a means with a debited account, or with code 49 or 59 when a mandate or creditor
/// id is given. Dates must have format 102 (CCYYMMDD), the only one EN 16931 allows. CII has no card network, so a
/// card reads with <see cref="PaymentCard.NetworkId"/> "NA".
/// </remarks>
public sealed class InvoiceXmlReader
{
    /// <summary>Creates a reader with the given limits, or the defaults.</summary>
    /// <param name="options">The limits; null for <see cref="UblReaderOptions"/> defaults.</param>
    public InvoiceXmlReader(UblReaderOptions? options = null)
    {
        Options = options ?? new UblReaderOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.MaxDocumentBytes, nameof(options));
    }

    /// <summary>The limits this reader applies.</summary>
    public UblReaderOptions Options { get; }

    /// <summary>Reads a UBL or CII invoice from a stream; the stream is left open.</summary>
    /// <param name="input">The document, in the encoding its XML declaration names (UTF-8 by default).</param>
    /// <returns>The document as a model.</returns>
    /// <exception cref="UblReadException">The document cannot be read; the message says what and where.</exception>
    public Invoice Read(Stream input) => new HardenedXml(Options).Read(input, ReadDocument);

    /// <summary>Reads a UBL or CII invoice from its text.</summary>
    /// <param name="xml">The document.</param>
    /// <returns>The document as a model.</returns>
    /// <exception cref="UblReadException">The document cannot be read; the message says what and where.</exception>
    public Invoice Read(string xml) => new HardenedXml(Options).Read(xml, ReadDocument);

    /// <summary>
    /// The syntax of a document, told from its root element only (the prolog and the root's start tag are parsed, with
    /// the same hardening); <see cref="InvoiceSyntax.Unknown"/> when it is neither or cannot be parsed that far.
    /// </summary>
    /// <param name="xml">The document's bytes, in the encoding its XML declaration names (UTF-8 by default).</param>
    public static InvoiceSyntax DetectSyntax(ReadOnlySpan<byte> xml)
    {
        try
        {
            using var input = new MemoryStream(xml.ToArray(), writable: false);
            return new HardenedXml(new UblReaderOptions()).Read(input, reader =>
            {
                reader.MoveToContent();
                if (reader.NodeType != XmlNodeType.Element) return InvoiceSyntax.Unknown;
                return CiiDocumentReader.IsRoot(reader) ? InvoiceSyntax.Cii : UblDocumentReader.IsRoot(reader) ? InvoiceSyntax.Ubl : InvoiceSyntax.Unknown;
            });
        }
        catch (UblReadException)
        {
            return InvoiceSyntax.Unknown;
        }
    }

    private static Invoice ReadDocument(XmlReader xml)
    {
        xml.MoveToContent();
        if (xml.NodeType == XmlNodeType.Element && CiiDocumentReader.IsRoot(xml)) return new CiiDocumentReader(xml).ReadDocument();
        if (xml.NodeType == XmlNodeType.Element && !UblDocumentReader.IsRoot(xml))
        {
            var position = (IXmlLineInfo)xml;
            throw new UblReadException(Math.Max(position.LineNumber, 1), Math.Max(position.LinePosition, 1),
                $"the root element is {{{xml.NamespaceURI}}}{xml.LocalName}; expected a UBL 2.1 Invoice ({UblNamespaces.Invoice}), "
                + $"a UBL 2.1 CreditNote ({UblNamespaces.CreditNote}) or a CII CrossIndustryInvoice ({CiiNamespaces.Rsm})");
        }
        return new UblDocumentReader(xml).ReadDocument();
    }
}
