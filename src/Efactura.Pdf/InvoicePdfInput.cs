using Efactura.Core.Model;

namespace Efactura.Pdf;

/// <summary>What one PDF is rendered from: the invoice, its UBL XML (attached to the PDF), and what ANAF added.</summary>
public sealed record InvoicePdfInput
{
    /// <summary>The invoice, as read from JSON, UBL or an ANAF ZIP.</summary>
    public required Invoice Invoice { get; init; }

    /// <summary>The UBL XML the invoice is, attached to the PDF byte for byte (PDF/A-3 associated file).</summary>
    public required ReadOnlyMemory<byte> Xml { get; init; }

    /// <summary>The attachment's file name; by default the invoice number (characters unsafe in file names replaced) + ".xml".</summary>
    public string? XmlFileName { get; init; }

    /// <summary>The upload index, signing time and signature when the invoice came from ANAF; null otherwise.</summary>
    public AnafReceipt? Anaf { get; init; }

    /// <summary>The language of the labels; Romanian by default.</summary>
    public PdfLanguage Language { get; init; } = PdfLanguage.Romanian;

    /// <summary>
    /// The PDF's creation time, written in its metadata. Given by the caller (from its <see cref="TimeProvider"/>) so
    /// that the same input renders the same bytes.
    /// </summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
