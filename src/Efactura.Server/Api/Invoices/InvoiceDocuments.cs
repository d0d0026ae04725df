using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Server.Api.Problems;
using Efactura.Server.Application;
using Efactura.Server.Application.Invoices;
using Efactura.Server.Storage.Documents;

namespace Efactura.Server.Api.Invoices;

/// <summary>
/// <c>GET /v1/invoices/{id}/documents/{kind}</c> (<see cref="InvoiceFiles"/>): the stored XML, ZIP and signature,
/// and the PDF; <c>?source=anaf</c> asks ANAF's rendering (PROD only), <c>?lang=en</c> ours in English. The ETag is the
/// document's SHA-256; a matching <c>If-None-Match</c> gets 304.
/// </summary>
public static class InvoiceDocuments
{
    /// <summary>The answer for the document <paramref name="kind"/> of the tenant's invoice <paramref name="invoiceId"/>.</summary>
    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemAnswer>> GetAsync(HttpContext http, InvoiceFiles files, Guid tenantId, Guid invoiceId, DocumentKind kind, string? source, string? lang)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(files);
        if (kind != DocumentKind.Pdf && (source is not null || lang is not null))
            return ApiProblem.BadRequest("source and lang apply to the pdf only.");
        if (PdfQuery.Language(lang) is not { } language) return ApiProblem.BadRequest($"lang '{lang}' is unknown; use ro (the default) or en.");
        PdfSource pdfSource;
        switch (source)
        {
            case "anaf" when lang is not null:
                return ApiProblem.BadRequest("ANAF renders in Romanian only; drop lang, or drop source=anaf for our PDF in English.");
            case "anaf":
                pdfSource = PdfSource.Anaf;
                break;
            case null or "efactura":
                pdfSource = PdfSource.Efactura;
                break;
            default:
                return ApiProblem.BadRequest($"source '{source}' is unknown; use efactura (our PDF, the default) or anaf (ANAF's transformare).");
        }
        try
        {
            var file = await files.GetAsync(tenantId, invoiceId, kind, pdfSource, language, http.RequestAborted).ConfigureAwait(false);
            return file.Value is { } found ? Send(http, found) : ApiProblem.For(file.Refusal!);
        }
        catch (DocumentCorruptedException e)
        {
            return ApiProblem.Create(StatusCodes.Status500InternalServerError, "document-corrupted", "A stored document is corrupted",
                $"The stored {kind.ToString().ToLowerInvariant()} no longer matches its SHA-256 (document {e.DocumentId}); restore it from a backup.");
        }
    }

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemAnswer> Send(HttpContext http, InvoiceFile file)
    {
        var etag = $"\"{file.Sha256}\"";
        http.Response.Headers.ETag = etag;
        if (NotModified(http, etag)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static bool NotModified(HttpContext http, string etag) =>
        http.Request.Headers.IfNoneMatch.Any(v => v is not null && (v == etag || v.Split(',').Select(t => t.Trim()).Contains(etag)));
}
