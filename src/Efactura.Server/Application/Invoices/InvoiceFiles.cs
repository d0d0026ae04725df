using System.Security.Cryptography;
using Efactura.Anaf;
using Efactura.Core.Model;
using Efactura.Pdf;
using Efactura.Server.Anaf;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Application.Invoices;

/// <summary>
/// An invoice's documents: the stored XML, ZIP and signature as stored, and the PDF, ours (<see cref="InvoicePdfs"/>:
/// rendered here, stored once ANAF's ZIP is in, available also when ANAF is unreachable) or ANAF's own rendering of
/// the stored XML (<see cref="PdfSource.Anaf"/>: not stored; Romanian only).
/// </summary>
public sealed class InvoiceFiles(InvoiceRepository invoices, DocumentRepository documents, CompanyRepository companies, AnafClients anaf, InvoicePdfs pdfs)
{
    /// <summary>
    /// The document <paramref name="kind"/> of the invoice <paramref name="invoiceId"/>; a PDF from
    /// <paramref name="source"/> in <paramref name="language"/>. Refused when the invoice or the document does not
    /// exist (with why: a draft has none, ANAF's ZIP comes with its acceptance), or ANAF did not render its PDF.
    /// </summary>
    /// <exception cref="DocumentCorruptedException">A stored document no longer matches its SHA-256.</exception>
    public async Task<Outcome<InvoiceFile>> GetAsync(
        Guid tenantId, Guid invoiceId, DocumentKind kind, PdfSource source, PdfLanguage language, CancellationToken cancellationToken)
    {
        var invoice = await invoices.GetAsync(tenantId, invoiceId, cancellationToken).ConfigureAwait(false);
        if (invoice is null) return InvoiceIssuer.InvoiceMissing(invoiceId);
        if (kind != DocumentKind.Pdf)
        {
            var stored = await documents.GetAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, kind, cancellationToken).ConfigureAwait(false);
            return stored is null ? Absent(invoice, kind) : FileOf(invoice, kind, stored.Content, stored.Document.Sha256);
        }
        if (source == PdfSource.Anaf) return await AnafPdfAsync(invoice, cancellationToken).ConfigureAwait(false);
        if (invoice.IssuedAt is null) return Absent(invoice, DocumentKind.Pdf);
        var (pdf, missing) = await pdfs.GetAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, language, cancellationToken).ConfigureAwait(false);
        if (pdf is null) return new Refusal.Missing($"Invoice {invoice.Number} has no pdf: {missing}.");
        return FileOf(invoice, DocumentKind.Pdf, pdf.Content, pdf.Sha256);
    }

    // ANAF's own rendering, kept available on request: asked each time, never stored (ours is the stored PDF).
    private async Task<Outcome<InvoiceFile>> AnafPdfAsync(InvoiceRecord invoice, CancellationToken cancellationToken)
    {
        var xml = await documents.GetAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Xml, cancellationToken).ConfigureAwait(false);
        if (xml is null) return Absent(invoice, DocumentKind.Pdf);
        var company = await companies.GetAsync(invoice.TenantId, invoice.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return Absent(invoice, DocumentKind.Pdf);

        var client = await anaf.ForEnvironmentAsync(invoice.Environment ?? company.Settings.Environment, company.TenantId).ConfigureAwait(false);
        var standard = new InvoiceTypeCode(invoice.TypeCode).IsCreditNote ? ValidationStandard.FCN : ValidationStandard.FACT1;
        // Without ANAF's validation: the XML passed ours when it was issued, and a PDF is wanted whatever ANAF says of it.
        var rendered = await client.TransformToPdfAsync(xml.Content, standard, validate: false, cancellationToken).ConfigureAwait(false);
        if (!rendered.IsSuccess)
            return new Refusal.Upstream("anaf-unavailable", "ANAF did not render the PDF",
                $"ANAF's transformare answered {rendered.Error}; our own PDF needs no ANAF: drop source=anaf.");
        return FileOf(invoice, DocumentKind.Pdf, rendered.Value, Convert.ToHexStringLower(SHA256.HashData(rendered.Value)));
    }

    private static Refusal.Missing Absent(InvoiceRecord invoice, DocumentKind kind)
    {
        var why = kind switch
        {
            DocumentKind.Xml or DocumentKind.Pdf when invoice.IssuedAt is null => "a draft has no documents until it is issued",
            DocumentKind.Zip or DocumentKind.Signature => "ANAF's signed ZIP and its signature exist once ANAF accepted the invoice",
            _ => "it was not stored",
        };
        return new($"Invoice {invoice.Number} has no {Name(kind)}: {why}.");
    }

    private static InvoiceFile FileOf(InvoiceRecord invoice, DocumentKind kind, byte[] content, string sha256) =>
        new(content, sha256, DocumentMediaTypes.Of(kind), FileName(invoice, kind));

    private static string FileName(InvoiceRecord invoice, DocumentKind kind)
    {
        var safe = new string([.. invoice.Number.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return kind switch
        {
            DocumentKind.Zip => $"{safe}.zip",
            DocumentKind.Pdf => $"{safe}.pdf",
            DocumentKind.Signature => $"{safe}-signature.xml",
            _ => $"{safe}.xml",
        };
    }

    /// <summary>The name of a document kind in messages: xml, zip, pdf, signature.</summary>
    internal static string Name(DocumentKind kind) => kind.ToString().ToLowerInvariant();
}
