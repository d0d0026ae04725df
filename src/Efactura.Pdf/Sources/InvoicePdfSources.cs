using System.IO.Compression;
using Efactura.Anaf.Archives;
using Efactura.Ubl;

namespace Efactura.Pdf.Sources;

/// <summary>
/// Turns what we hold into what <see cref="InvoicePdfRenderer"/> needs: any UBL 2.1 invoice or credit note or CII
/// CrossIndustryInvoice, or an
/// ANAF download (descarcare ZIP: <c>{N}.xml</c> + <c>semnatura_{N}.xml</c>), which adds the upload index, the time
/// ANAF wrote it, its signature file and what checking that signature found.
/// </summary>
public static class InvoicePdfSources
{
    /// <summary>An invoice from its XML, UBL or CII (told from the root); the XML is attached to the PDF unchanged.</summary>
    /// <exception cref="InvoicePdfSourceException">The XML is not a readable UBL invoice or credit note, nor a CII invoice.</exception>
    public static InvoicePdfInput FromXml(byte[] xml, DateTimeOffset createdAt, UblReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        try
        {
            var invoice = new InvoiceXmlReader(options).Read(new MemoryStream(xml, writable: false));
            return new InvoicePdfInput { Invoice = invoice, Xml = xml, CreatedAt = createdAt };
        }
        catch (UblReadException e)
        {
            throw new InvoicePdfSourceException($"The XML is not a UBL or CII invoice: {e.Message}", e);
        }
    }

    /// <summary>An invoice from ANAF's download ZIP, read within <paramref name="limits"/> (ANAF's defaults when null).</summary>
    /// <exception cref="InvoicePdfSourceException">The ZIP is not an ANAF download of an invoice (e.g. it holds an error file).</exception>
    public static InvoicePdfInput FromAnafArchive(byte[] zip, DateTimeOffset createdAt, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var read = AnafArchive.Read(zip, limits ?? new ArchiveLimits());
        if (!read.IsSuccess) throw new InvoicePdfSourceException($"The ZIP is not an ANAF download: {read.Error!.Detail}");
        var contents = read.Value!;
        InvoicePdfInput input;
        try
        {
            input = FromXml(contents.Document, createdAt);
        }
        catch (InvoicePdfSourceException e)
        {
            throw new InvoicePdfSourceException($"{contents.DocumentName} in the ZIP is not an invoice (a rejected upload's ZIP holds ANAF's error list): {e.Message}", e);
        }
        // The PDF says ANAF signed the invoice only when ANAF's pinned certificate did, over exactly this document.
        var check = ArchiveSignatureVerifier.Verify(contents).Outcome;
        var receipt = new AnafReceipt(contents.Index, contents.Signature, check, SignedAt(zip, contents.SignatureName));
        return input with { Anaf = receipt, XmlFileName = contents.DocumentName };
    }

    // ANAF's ZIP entries carry the time ANAF wrote them, as a Romanian wall-clock time (a ZIP stores no zone).
    private static DateTime? SignedAt(byte[] zip, string signatureName)
    {
        using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        return archive.GetEntry(signatureName)?.LastWriteTime.DateTime;
    }
}
