using System.Text;
using Efactura.Pdf.Conformance;
using Efactura.Pdf.Fonts;
using Efactura.Pdf.Layout;
using Efactura.Pdf.Text;
using PdfSharp.Pdf;

namespace Efactura.Pdf;

/// <summary>
/// Renders an invoice as an A4 PDF/A-3 document: the content a Romanian accountant expects (Codul fiscal art. 319
/// alin. (20)), in Romanian or English, with embedded fonts that carry every Romanian letter, and the invoice's UBL
/// XML (and ANAF's signature, when the invoice came from ANAF) attached so a reader can take the data back out.
/// </summary>
/// <remarks>Thread-safe: each call builds its own document. Cost is linear in the number of lines.</remarks>
public sealed class InvoicePdfRenderer
{
    /// <summary>The creator written in the PDF's metadata.</summary>
    public const string Creator = "efactura";

    /// <summary>Renders the PDF.</summary>
    /// <param name="input">The invoice, its XML and what ANAF added.</param>
    /// <param name="cancellationToken">Checked between lines.</param>
    /// <returns>The PDF's bytes.</returns>
    public byte[] Render(InvoicePdfInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Invoice);
        FontInstallation.Ensure();
        var labels = Labels.For(input.Language);
        var invoice = input.Invoice;
        using var document = new PdfDocument();
        document.Language = input.Language == PdfLanguage.English ? "en" : "ro-RO";
        var typography = new Typography();
        using (var flow = new PageFlow(document, typography))
        {
            new InvoiceLayout(flow, input, cancellationToken).Draw();
        }
        var title = $"{InvoiceLayout.Title(invoice.TypeCode, labels)} {invoice.Number}";
        var subject = $"{title} {labels.Of} {labels.Numbers.Date(invoice.IssueDate)}: {invoice.Seller.Name} → {invoice.Buyer.Name}";
        var metadata = new DocumentMetadata(title, invoice.Seller.Name, subject, Creator, input.CreatedAt);
        PdfA3.Apply(document, metadata, Attachments(input));
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return PdfA3.WithMetadata(output.ToArray(), metadata);
    }

    private static List<PdfAttachment> Attachments(InvoicePdfInput input)
    {
        var xmlName = input.XmlFileName ?? input.Anaf?.DocumentFileName ?? SafeFileName(input.Invoice.Number) + ".xml";
        var attachments = new List<PdfAttachment> { new(xmlName, input.Xml, "UBL 2.1 (CIUS-RO)", "Alternative") };
        if (input.Anaf is { } receipt)
            attachments.Add(new(receipt.SignatureFileName, receipt.Signature, "ANAF signature (semnătura ANAF)", "Supplement"));
        return attachments;
    }

    private static string SafeFileName(string number)
    {
        var builder = new StringBuilder(number.Length);
        foreach (var c in number) builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        return builder.Length == 0 ? "factura" : builder.ToString();
    }
}
