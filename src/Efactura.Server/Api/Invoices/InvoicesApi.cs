using Efactura.Server.Api.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Efactura.Server.Application;
using Efactura.Server.Application.Invoices;
using Efactura.Server.Api.Idempotency;
using Efactura.Server.Api.Problems;
using Efactura.Server.Api.Reference;
using Efactura.Server.Api.Requests;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;
using Efactura.Ubl;
using Efactura.Validation;

namespace Efactura.Server.Api.Invoices;

/// <summary>
/// <c>/v1/invoices</c> (DESIGN §4.3): validate, create (with <c>Idempotency-Key</c>), list, get, and the user's
/// actions issue, submit, void and retry; the documents xml, zip, pdf and signature.
/// </summary>
public static class InvoicesApi
{
    private const string Tag = "Invoices";

    /// <summary>The path of an invoice.</summary>
    public static string PathOf(Guid invoiceId) => ResourcePaths.Invoice(invoiceId);

    /// <summary>Maps the endpoints under <paramref name="v1"/>.</summary>
    public static RouteGroupBuilder Map(RouteGroupBuilder v1)
    {
        ArgumentNullException.ThrowIfNull(v1);
        var invoices = v1.MapGroup("/invoices").WithTags(Tag);
        invoices.MapPost("/validate", ValidateAsync)
            .WithName("ValidateInvoice")
            .WithSummary("Validates an invoice (the JSON contract, or UBL or CII XML with Content-Type application/xml) under ciusro or en16931; 200 with every finding. A customer naming a partner (customer.partnerId) is filled from the partner of the company ?companyId= names (else the supplier's) first; an unknown ?companyId= is 404")
            // No Accepts metadata: routing would answer other media types with a bare 415; the handler reads JSON or XML itself.
            .AcceptsInvoice(orXml: true)
            .ReadsOnly()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        invoices.MapPost("", CreateAsync)
            .WithName("CreateInvoice")
            .WithSummary("Creates an invoice from the JSON contract (issued and, per the company's settings, queued for ANAF, or a draft with ?draft=true), or from a UBL 2.1 or UN/CEFACT CII document with Content-Type application/xml: validated (CII through the model), then stored and uploaded byte for byte (standard=UBL, CN or CII)")
            .AcceptsInvoice(orXml: true)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        invoices.MapGet("", ListAsync)
            .WithName("ListInvoices")
            .WithSummary("Lists invoices, newest first, filtered by state, companyId, number, customer, issuedFrom and issuedTo, a page at a time")
            .DocumentsInvoiceFilters()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        invoices.MapGet("/{id}", GetAsync)
            .WithName("GetInvoice").WithSummary("Gets an invoice: its state, ANAF ids, error findings, documents, credit notes and history")
            .ProducesProblem(StatusCodes.Status404NotFound);
        invoices.MapPost("/{id}/issue", IssueAsync)
            .WithName("IssueInvoice").WithSummary("Issues a draft: its number becomes final, its XML is written, and it is queued per the company's settings")
            .TakesNoBody()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        invoices.MapPost("/{id}/submit", SubmitAsync)
            .WithName("SubmitInvoice").WithSummary("Queues an issued (or scheduled) invoice for upload now, optionally to another ?environment=test|prod|simulator")
            .TakesNoBody()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        invoices.MapPost("/{id}/void", VoidAsync)
            .WithName("VoidInvoice")
            .WithSummary("Voids a draft at once, or cancels an accepted invoice with a credit note that is issued and queued (201); the invoice is voided when ANAF accepts the credit note")
            .Accepts<VoidRequest>(isOptional: true, JsonResponse.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        invoices.MapPost("/{id}/retry", RetryAsync)
            .WithName("RetryInvoice").WithSummary("Queues a failed invoice again (a rejected one needs a corrected invoice instead: 409)")
            .TakesNoBody()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        invoices.MapGet("/{id}/documents/{kind}", DocumentAsync)
            .WithName("GetInvoiceDocument").WithSummary("Downloads the invoice's xml, zip (ANAF's signed original), pdf (ours, PDF/A-3 with the XML attached; ?lang=en in English; ?source=anaf for ANAF's rendering) or signature")
            .Produces(StatusCodes.Status200OK, null, "application/xml", "application/zip", "application/pdf")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status502BadGateway);
        return invoices;
    }

    private static async Task<Results<JsonOk<ValidationResponse>, ProblemAnswer>> ValidateAsync(
        HttpContext http, InvoiceValidator validator, InvoiceIssuer issuer, string? profile, string? companyId)
    {
        if (!TryProfile(profile, out var chosen))
            return ApiProblem.BadRequest($"profile '{profile}' is unknown; use ciusro (ANAF's rules, the default) or en16931.");
        Guid? company = null;
        if (!string.IsNullOrEmpty(companyId))
        {
            if (!Guid.TryParse(companyId, out var id)) return ApiProblem.BadRequest($"companyId '{companyId}' is not a company id.");
            company = id;
        }
        var (body, problem) = await RequestBody.ReadBytesAsync(http.Request).ConfigureAwait(false);
        if (problem is not null) return problem;
        ValidationResult result;
        if (IsXml(http.Request.ContentType)) result = validator.Validate(body!.AsSpan(), chosen);
        else
        {
            var outcome = await issuer.ValidateJsonAsync(http.Tenant().Id, body!, company, chosen, http.RequestAborted).ConfigureAwait(false);
            if (outcome.Value is not { } validated) return ApiProblem.For(outcome.Refusal!);
            result = validated;
        }
        return new JsonOk<ValidationResponse>(new ValidationResponse(result.IsValid, chosen == ValidationProfile.CiusRo ? "ciusro" : "en16931",
            [.. result.Findings.Select(ProblemFinding.From)]));
    }

    private static async Task<Results<Results<JsonCreated<InvoiceResponse>, ProblemAnswer>, StoredAnswer, ProblemAnswer>> CreateAsync(HttpContext http, InvoiceIssuer issuer, IdempotentRequests idempotency, string? companyId, string? draft)
    {
        Guid? company = null;
        if (!string.IsNullOrEmpty(companyId))
        {
            if (!Guid.TryParse(companyId, out var id)) return ApiProblem.BadRequest($"companyId '{companyId}' is not a company id.");
            company = id;
        }
        if (!TryFlag(draft, out var asDraft)) return ApiProblem.BadRequest($"draft must be true or false; it is '{draft}'.");
        var isXml = IsXml(http.Request.ContentType);
        // A posted UBL or CII document is the invoice as it will be uploaded; a draft is edited, so it is JSON.
        if (isXml && asDraft) return ApiProblem.BadRequest("An XML document (UBL or CII) is issued as it is posted; drafts are JSON invoices. Leave out draft=true, or post JSON.");
        var (body, problem) = await RequestBody.ReadBytesAsync(http.Request).ConfigureAwait(false);
        if (problem is not null) return problem;
        var tenant = http.Tenant();
        var retried = http.Request.Headers.ContainsKey(IdempotentRequests.Header);
        return await idempotency.RunAsync(http, body!, async () =>
        {
            var outcome = isXml
                ? await issuer.CreateFromXmlAsync(tenant.Id, body!, company, retried, http.RequestAborted).ConfigureAwait(false)
                : await issuer.CreateAsync(tenant.Id, body!, company, asDraft, retried, http.RequestAborted).ConfigureAwait(false);
            // Replayed: a created invoice, or a refusal that depends on the body alone.
            return new IdempotentAnswer<Results<JsonCreated<InvoiceResponse>, ProblemAnswer>>(Created(outcome), Replayable: outcome.Refusal?.Lasting ?? true);
        }).ConfigureAwait(false);
    }

    private static async Task<Results<JsonOk<ListResponse<InvoiceResponse>>, ProblemAnswer>> ListAsync(HttpContext http, InvoiceQueries queries, string? cursor, string? limit)
    {
        var (page, pageProblem) = PageQuery.Parse(cursor, limit);
        if (pageProblem is not null) return pageProblem;
        var (filter, filterProblem) = InvoiceListQuery.Parse(http.Request.Query);
        if (filterProblem is not null) return filterProblem;
        try
        {
            var found = await queries.ListAsync(http.Tenant().Id, filter!, page!, http.RequestAborted).ConfigureAwait(false);
            return new JsonOk<ListResponse<InvoiceResponse>>(new ListResponse<InvoiceResponse>([.. found.Items.Select(InvoiceResponse.From)], found.NextCursor));
        }
        catch (InvalidCursorException)
        {
            return PageQuery.InvalidCursor(cursor!);
        }
    }

    private static async Task<Results<JsonOk<InvoiceResponse>, ProblemAnswer>> GetAsync(HttpContext http, InvoiceQueries queries, string id)
    {
        var detail = Guid.TryParse(id, out var invoiceId)
            ? await queries.GetDetailAsync(http.Tenant().Id, invoiceId, http.RequestAborted).ConfigureAwait(false)
            : null;
        return detail is null ? NotFound(id) : new JsonOk<InvoiceResponse>(InvoiceResponse.Detailed(detail));
    }

    private static async Task<Results<JsonOk<InvoiceResponse>, ProblemAnswer>> IssueAsync(HttpContext http, InvoiceIssuer issuer, string id) =>
        Guid.TryParse(id, out var invoiceId)
            ? Ok(await issuer.IssueDraftAsync(http.Tenant().Id, invoiceId, http.RequestAborted).ConfigureAwait(false))
            : NotFound(id);

    private static async Task<Results<JsonOk<InvoiceResponse>, ProblemAnswer>> SubmitAsync(HttpContext http, InvoiceActions actions, string id, string? environment)
    {
        AnafEnvironment? chosen = null;
        if (!string.IsNullOrEmpty(environment))
        {
            if (!Enum.TryParse<AnafEnvironment>(environment, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(environment, out _))
                return ApiProblem.BadRequest($"environment '{environment}' is unknown; use test, prod or simulator.");
            chosen = parsed;
        }
        return Guid.TryParse(id, out var invoiceId)
            ? Ok(await actions.SubmitAsync(http.Tenant().Id, invoiceId, chosen, http.RequestAborted).ConfigureAwait(false))
            : NotFound(id);
    }

    private static async Task<Results<JsonOk<InvoiceResponse>, JsonCreated<InvoiceResponse>, ProblemAnswer>> VoidAsync(HttpContext http, InvoiceQueries queries, InvoiceActions actions, string id)
    {
        // The invoice first: one the tenant does not have is 404 whatever the body (nothing to learn from a 400).
        if (await FindAsync(http, queries, id).ConfigureAwait(false) is not { Id: var invoiceId }) return NotFound(id);
        var (request, problem) = await RequestBody.ReadAsync(http.Request, VoidRequest.Defaults).ConfigureAwait(false);
        if (problem is not null) return problem;
        var outcome = await actions.VoidAsync(http.Tenant().Id, invoiceId, request!.ToChoices(), http.RequestAborted).ConfigureAwait(false);
        // A voided draft is the invoice itself (200); an accepted invoice's credit note is a new invoice (201).
        if (outcome.Value is not { } saved) return ApiProblem.For(outcome.Refusal!);
        return saved.Invoice.Id != invoiceId
            ? new JsonCreated<InvoiceResponse>(PathOf(saved.Invoice.Id), InvoiceResponse.From(saved))
            : new JsonOk<InvoiceResponse>(InvoiceResponse.From(saved));
    }

    private static async Task<Results<JsonOk<InvoiceResponse>, ProblemAnswer>> RetryAsync(HttpContext http, InvoiceActions actions, string id) =>
        Guid.TryParse(id, out var invoiceId)
            ? Ok(await actions.RetryAsync(http.Tenant().Id, invoiceId, http.RequestAborted).ConfigureAwait(false))
            : NotFound(id);

    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemAnswer>> DocumentAsync(HttpContext http, InvoiceFiles files, string id, string kind, string? source, string? lang)
    {
        if (!Guid.TryParse(id, out var invoiceId)) return NotFound(id);
        if (!Enum.TryParse<DocumentKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(kind, out _))
            return ApiProblem.NotFound($"There is no document '{kind}'; an invoice has xml, zip, pdf and signature.");
        return await InvoiceDocuments.GetAsync(http, files, http.Tenant().Id, invoiceId, parsed, source, lang).ConfigureAwait(false);
    }

    private static async Task<InvoiceRecord?> FindAsync(HttpContext http, InvoiceQueries queries, string id) =>
        Guid.TryParse(id, out var invoiceId)
            ? await queries.GetAsync(http.Tenant().Id, invoiceId, http.RequestAborted).ConfigureAwait(false)
            : null;

    /// <summary>200 with the invoice, or the refusal's problem.</summary>
    private static Results<JsonOk<InvoiceResponse>, ProblemAnswer> Ok(Outcome<SavedInvoice> outcome) =>
        outcome.Value is { } saved ? new JsonOk<InvoiceResponse>(InvoiceResponse.From(saved)) : ApiProblem.For(outcome.Refusal!);

    /// <summary>201 with the new invoice at its address, or the refusal's problem.</summary>
    private static Results<JsonCreated<InvoiceResponse>, ProblemAnswer> Created(Outcome<SavedInvoice> outcome) =>
        outcome.Value is { } saved
            ? new JsonCreated<InvoiceResponse>(PathOf(saved.Invoice.Id), InvoiceResponse.From(saved))
            : ApiProblem.For(outcome.Refusal!);

    private static ProblemAnswer NotFound(string id) => ApiProblem.NotFound($"There is no invoice {id}.");

    private static bool TryProfile(string? text, out ValidationProfile profile)
    {
        profile = ValidationProfile.CiusRo;
        if (string.IsNullOrEmpty(text) || text.Equals("ciusro", StringComparison.OrdinalIgnoreCase)) return true;
        profile = ValidationProfile.En16931;
        return text.Equals("en16931", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryFlag(string? text, out bool flag)
    {
        flag = false;
        return string.IsNullOrEmpty(text) || bool.TryParse(text, out flag);
    }

    private static bool IsXml(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return false;
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals("application/xml", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/xml", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase);
    }
}
