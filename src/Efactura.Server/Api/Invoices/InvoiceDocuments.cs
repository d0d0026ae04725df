using Efactura.Anaf;
using Efactura.Core.Model;
using Efactura.Server.Anaf;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Api.Invoices;

/// <summary>
/// <c>GET /v1/invoices/{id}/documents/{kind}</c>: the stored XML, ZIP and signature as stored (ETag = their SHA-256),
/// and the PDF, ours (<see cref="InvoicePdfs"/>: rendered here, stored once ANAF's ZIP is in, served also when ANAF is
/// unreachable); <c>?source=anaf</c> asks ANAF's transformare for its own rendering of the stored XML instead (not
/// stored; PROD only), and <c>?lang=en</c> renders ours in English.
/// </summary>
public sealed class InvoiceDocuments(DocumentRepository documents, CompanyRepository companies, AnafClients anaf, InvoicePdfs pdfs)
{
    /// <summary>The answer for <paramref name="kind"/> of <paramref name="invoice"/>.</summary>
    public async Task<IResult> GetAsync(HttpContext http, InvoiceRecord invoice, DocumentKind kind, string? source = null, string? lang = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(invoice);
        var cancellationToken = http.RequestAborted;
        if (kind != DocumentKind.Pdf && (source is not null || lang is not null))
            return ApiProblem.BadRequest("source and lang apply to the pdf only.");
        try
        {
            if (kind == DocumentKind.Pdf) return await PdfAsync(http, invoice, source, lang).ConfigureAwait(false);
            var stored = await documents.GetAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, kind, cancellationToken).ConfigureAwait(false);
            return stored is null ? Absent(invoice, kind) : Send(http, invoice, stored);
        }
        catch (DocumentCorruptedException e)
        {
            return ApiProblem.Create(StatusCodes.Status500InternalServerError, "document-corrupted", "A stored document is corrupted",
                $"The stored {Name(kind)} no longer matches its SHA-256 (document {e.DocumentId}); restore it from a backup.");
        }
    }

    private async Task<IResult> PdfAsync(HttpContext http, InvoiceRecord invoice, string? source, string? lang)
    {
        if (PdfQuery.Language(lang) is not { } language) return ApiProblem.BadRequest($"lang '{lang}' is unknown; use ro (the default) or en.");
        switch (source)
        {
            case "anaf" when lang is not null:
                return ApiProblem.BadRequest("ANAF renders in Romanian only; drop lang, or drop source=anaf for our PDF in English.");
            case "anaf":
                return await AnafPdfAsync(http, invoice).ConfigureAwait(false);
            case null or "efactura":
                break;
            default:
                return ApiProblem.BadRequest($"source '{source}' is unknown; use efactura (our PDF, the default) or anaf (ANAF's transformare).");
        }
        if (invoice.IssuedAt is null) return Absent(invoice, DocumentKind.Pdf);
        var (pdf, missing) = await pdfs.GetAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, language, http.RequestAborted).ConfigureAwait(false);
        if (pdf is null) return ApiProblem.NotFound($"Invoice {invoice.Number} has no pdf: {missing}.");
        return SendPdf(http, invoice, pdf);
    }

    // ANAF's own rendering, kept available on request: asked each time, never stored (ours is the stored PDF).
    private async Task<IResult> AnafPdfAsync(HttpContext http, InvoiceRecord invoice)
    {
        var cancellationToken = http.RequestAborted;
        var xml = await documents.GetAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Xml, cancellationToken).ConfigureAwait(false);
        if (xml is null) return Absent(invoice, DocumentKind.Pdf);
        var company = await companies.GetAsync(invoice.TenantId, invoice.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return Absent(invoice, DocumentKind.Pdf);

        var client = await anaf.ForEnvironmentAsync(invoice.Environment ?? company.Settings.Environment, company.TenantId).ConfigureAwait(false);
        var standard = new InvoiceTypeCode(invoice.TypeCode).IsCreditNote ? ValidationStandard.FCN : ValidationStandard.FACT1;
        // Without ANAF's validation: the XML passed ours when it was issued, and a PDF is wanted whatever ANAF says of it.
        var rendered = await client.TransformToPdfAsync(xml.Content, standard, validate: false, cancellationToken).ConfigureAwait(false);
        if (!rendered.IsSuccess)
            return ApiProblem.Create(StatusCodes.Status502BadGateway, "anaf-unavailable", "ANAF did not render the PDF",
                $"ANAF's transformare answered {rendered.Error}; our own PDF needs no ANAF: drop source=anaf.");
        return SendPdf(http, invoice, new RenderedPdf(rendered.Value, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(rendered.Value))));
    }

    private static IResult SendPdf(HttpContext http, InvoiceRecord invoice, RenderedPdf pdf)
    {
        var etag = $"\"{pdf.Sha256}\"";
        http.Response.Headers.ETag = etag;
        if (NotModified(http, etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.File(pdf.Content, ContentType(DocumentKind.Pdf), FileName(invoice, DocumentKind.Pdf));
    }

    private static bool NotModified(HttpContext http, string etag) =>
        http.Request.Headers.IfNoneMatch.Any(v => v is not null && (v == etag || v.Split(',').Select(t => t.Trim()).Contains(etag)));

    private static IResult Send(HttpContext http, InvoiceRecord invoice, DocumentContent stored)
    {
        var etag = $"\"{stored.Document.Sha256}\"";
        http.Response.Headers.ETag = etag;
        if (NotModified(http, etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.File(stored.Content, ContentType(stored.Document.Kind), FileName(invoice, stored.Document.Kind));
    }

    private static IResult Absent(InvoiceRecord invoice, DocumentKind kind)
    {
        var why = kind switch
        {
            DocumentKind.Xml or DocumentKind.Pdf when invoice.IssuedAt is null => "a draft has no documents until it is issued",
            DocumentKind.Zip or DocumentKind.Signature => "ANAF's signed ZIP and its signature exist once ANAF accepted the invoice",
            _ => "it was not stored",
        };
        return ApiProblem.NotFound($"Invoice {invoice.Number} has no {Name(kind)}: {why}.");
    }

    /// <summary>The media type of a document kind.</summary>
    public static string ContentType(DocumentKind kind) => kind switch
    {
        DocumentKind.Zip => "application/zip",
        DocumentKind.Pdf => "application/pdf",
        _ => "application/xml",
    };

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

    private static string Name(DocumentKind kind) => kind.ToString().ToLowerInvariant();
}
