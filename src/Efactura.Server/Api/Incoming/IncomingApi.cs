using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Server.Api.Authentication;
using Efactura.Server.Api.Requests;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Api.Incoming;

/// <summary>Received invoices (downloaded from ANAF by the incoming sync): list, get with the parsed invoice, documents.</summary>
public static class IncomingApi
{
    private const string Tag = "Incoming invoices";

    /// <summary>Maps the endpoints on the <c>/v1</c> group.</summary>
    public static void Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        v1.MapGet("/incoming", ListAsync)
            .WithTags(Tag)
            .WithName("listIncomingInvoices")
            .WithSummary("Received invoices, newest first (?companyId= filter; cursor paging: ?cursor=&limit=)")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/incoming/{id}", GetAsync)
            .WithTags(Tag)
            .WithName("getIncomingInvoice")
            .WithSummary("A received invoice with the invoice itself in the JSON contract and its documents")
            .ProducesProblem(StatusCodes.Status404NotFound);
        v1.MapGet("/incoming/{id}/documents/{kind}", DocumentAsync)
            .WithTags(Tag)
            .WithName("getIncomingDocument")
            .WithSummary("A received invoice's document: zip (ANAF's original, byte for byte), xml, pdf (ours, rendered from the ZIP and stored once; ?lang=en in English) or signature")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/zip", "application/xml", "application/pdf")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<JsonOk<ListResponse<IncomingSummary>>, ProblemAnswer>> ListAsync(
        string? companyId, string? cursor, string? limit, HttpContext http, IncomingInvoiceRepository incoming, CompanyRepository companies, CancellationToken cancellationToken)
    {
        if (RequestIds.TryQuery(companyId, "companyId", out var company) is { } bad) return bad;
        if (PageQuery.TryRead(cursor, limit, out var page) is { } badPage) return badPage;
        var tenantId = http.Tenant().Id;
        if (company is { } id && await companies.GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false) is null)
            return ApiProblem.NotFound($"There is no company {id}.");
        try
        {
            var found = await incoming.ListAsync(tenantId, company, page, cancellationToken).ConfigureAwait(false);
            return new JsonOk<ListResponse<IncomingSummary>>(new ListResponse<IncomingSummary>([.. found.Items.Select(IncomingSummary.From)], found.NextCursor));
        }
        catch (InvalidCursorException)
        {
            return PageQuery.InvalidCursor();
        }
    }

    private static async Task<Results<JsonOk<IncomingDetail>, ProblemAnswer>> GetAsync(
        string id, HttpContext http, IncomingInvoiceRepository incoming, DocumentRepository documents, CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "incoming invoice", out var incomingId) is { } bad) return bad;
        var tenantId = http.Tenant().Id;
        var found = await incoming.GetAsync(tenantId, incomingId, cancellationToken).ConfigureAwait(false);
        if (found is null) return ApiProblem.NotFound($"There is no incoming invoice {incomingId}.");
        var stored = await documents.ListAsync(tenantId, DocumentOwnerType.Incoming, incomingId, cancellationToken).ConfigureAwait(false);
        return new JsonOk<IncomingDetail>(IncomingDetail.From(found, stored));
    }

    private static async Task<Results<FileContentHttpResult, ProblemAnswer>> DocumentAsync(
        string id, string kind, string? lang, HttpContext http, IncomingInvoiceRepository incoming, DocumentRepository documents, InvoicePdfs pdfs,
        CancellationToken cancellationToken)
    {
        if (RequestIds.TryPath(id, "incoming invoice", out var incomingId) is { } bad) return bad;
        if (!Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var documentKind) || !Enum.IsDefined(documentKind) || int.TryParse(kind, out _))
            return ApiProblem.NotFound($"There is no document kind '{kind}': use xml, zip, pdf or signature.");
        var tenantId = http.Tenant().Id;
        if (await incoming.GetAsync(tenantId, incomingId, cancellationToken).ConfigureAwait(false) is null)
            return ApiProblem.NotFound($"There is no incoming invoice {incomingId}.");
        try
        {
            if (documentKind == DocumentKind.Pdf) return await PdfAsync(tenantId, incomingId, lang, pdfs, cancellationToken).ConfigureAwait(false);
            if (lang is not null) return ApiProblem.BadRequest("lang applies to the pdf only.");
            var document = await documents.GetAsync(tenantId, DocumentOwnerType.Incoming, incomingId, documentKind, cancellationToken).ConfigureAwait(false);
            return document is null
                ? ApiProblem.NotFound($"Incoming invoice {incomingId} has no {kind.ToLowerInvariant()} document.")
                : DocumentDownload.Result(document, $"incoming-{incomingId}");
        }
        catch (DocumentCorruptedException)
        {
            return ApiProblem.Create(StatusCodes.Status500InternalServerError, "document-corrupted", "A stored document is damaged",
                $"The stored {kind.ToLowerInvariant()} of incoming invoice {incomingId} no longer matches its SHA-256; it is not served.");
        }
    }

    // Our own PDF, from ANAF's ZIP (the legal original we downloaded), so it needs no call to ANAF.
    private static async Task<Results<FileContentHttpResult, ProblemAnswer>> PdfAsync(Guid tenantId, Guid incomingId, string? lang, InvoicePdfs pdfs, CancellationToken cancellationToken)
    {
        if (Invoices.PdfQuery.Language(lang) is not { } language) return ApiProblem.BadRequest($"lang '{lang}' is unknown; use ro (the default) or en.");
        var (pdf, missing) = await pdfs.GetAsync(tenantId, DocumentOwnerType.Incoming, incomingId, language, cancellationToken).ConfigureAwait(false);
        if (pdf is null) return ApiProblem.NotFound($"Incoming invoice {incomingId} has no pdf: {missing}.");
        return TypedResults.File(pdf.Content, DocumentMediaTypes.Of(DocumentKind.Pdf), $"incoming-{incomingId}.pdf",
            entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{pdf.Sha256}\""));
    }
}
