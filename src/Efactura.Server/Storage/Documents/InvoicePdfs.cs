using System.Security.Cryptography;
using Efactura.Pdf;
using Efactura.Pdf.Sources;

namespace Efactura.Server.Storage.Documents;

/// <summary>
/// Our own PDF of an outgoing or incoming invoice (Efactura.Pdf), rendered from what we store, so it needs neither
/// ANAF nor the network. From ANAF's ZIP when we have it (the PDF then names the upload index and carries ANAF's
/// signature); from the XML before ANAF accepted the invoice. The Romanian rendering of a ZIP is final and is stored
/// once with its SHA-256 (kind <see cref="DocumentKind.Pdf"/>); a rendering from the XML alone, or in English, is
/// made on each request, since it is not final or not the document of record.
/// </summary>
public sealed class InvoicePdfs(DocumentRepository documents, TimeProvider time)
{
    private readonly InvoicePdfRenderer renderer = new();

    /// <summary>The PDF, or null with the reason when there is nothing to render it from.</summary>
    public async Task<(RenderedPdf? Pdf, string? Missing)> GetAsync(
        Guid tenantId, DocumentOwnerType ownerType, Guid ownerId, PdfLanguage language, CancellationToken cancellationToken)
    {
        if (language == PdfLanguage.Romanian
            && await documents.GetAsync(tenantId, ownerType, ownerId, DocumentKind.Pdf, cancellationToken).ConfigureAwait(false) is { } stored)
            return (new RenderedPdf(stored.Content, stored.Document.Sha256), null);

        var zip = await documents.GetAsync(tenantId, ownerType, ownerId, DocumentKind.Zip, cancellationToken).ConfigureAwait(false);
        var xml = zip is null ? await documents.GetAsync(tenantId, ownerType, ownerId, DocumentKind.Xml, cancellationToken).ConfigureAwait(false) : null;
        if (zip is null && xml is null) return (null, "there is neither an XML nor ANAF's ZIP to render it from");
        InvoicePdfInput input;
        try
        {
            var now = time.GetUtcNow();
            input = zip is not null ? InvoicePdfSources.FromAnafArchive(zip.Content, now) : InvoicePdfSources.FromXml(xml!.Content, now);
        }
        catch (InvoicePdfSourceException e)
        {
            return (null, $"the stored {(zip is null ? "XML" : "ZIP")} cannot be read as an invoice ({e.Message})");
        }
        var pdf = renderer.Render(input with { Language = language }, cancellationToken);
        if (zip is null || language != PdfLanguage.Romanian) return (new RenderedPdf(pdf, Sha256(pdf)), null);
        try
        {
            var document = await documents.PutAsync(tenantId, ownerType, ownerId, DocumentKind.Pdf, pdf, cancellationToken).ConfigureAwait(false);
            return (new RenderedPdf(pdf, document.Sha256), null);
        }
        catch (DocumentConflictException)
        {
            // Another request rendered it first (renderings differ in their document id): serve the stored one.
            var first = await documents.GetAsync(tenantId, ownerType, ownerId, DocumentKind.Pdf, cancellationToken).ConfigureAwait(false);
            return (new RenderedPdf(first!.Content, first.Document.Sha256), null);
        }
    }

    private static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}

/// <summary>A PDF and its SHA-256 (lower-case hex), the ETag it is served with.</summary>
/// <param name="Content">The PDF's bytes.</param>
/// <param name="Sha256">Their SHA-256.</param>
public sealed record RenderedPdf(byte[] Content, string Sha256);
