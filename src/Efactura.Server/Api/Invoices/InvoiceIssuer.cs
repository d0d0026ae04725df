using System.Text;
using Efactura.Core.Findings;
using Efactura.Core.Json;
using Efactura.Core.Model;
using Efactura.Server.Api.Idempotency;
using Efactura.Server.Api.Problems;
using Efactura.Server.Api.Requests;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Invoices;
using Efactura.Ubl;
using Efactura.Validation;

namespace Efactura.Server.Api.Invoices;

/// <summary>
/// The invoice's way in (gateway flow, step 1): the JSON is parsed and validated under CIUS-RO (any fatal finding
/// refuses it with every finding), the company found, and the invoice stored as a draft or issued: its UBL XML
/// written and stored with it, and, per the company's settings, scheduled or queued, in one transaction.
/// </summary>
public sealed class InvoiceIssuer(
    InvoiceValidator validator, UblWriter writer, InvoiceRepository invoices, CompanyRepository companies, SubmissionQueue queue, TimeProvider time)
{
    private static readonly TimeZoneInfo Romania = TimeZoneInfo.FindSystemTimeZoneById("Europe/Bucharest");

    /// <summary>
    /// <c>POST /v1/invoices</c>: stores <paramref name="json"/> for the company <paramref name="companyId"/> names (or
    /// whose CUI is the supplier's) as a draft or issued.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="json">The request body.</param>
    /// <param name="companyId">The company named by <c>?companyId=</c>, or null.</param>
    /// <param name="draft">Store a draft instead of issuing.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <param name="keyed">
    /// The request carries an Idempotency-Key. Then an invoice already issued under this number from the very same
    /// body is this request's own earlier attempt, whose answer was lost (the process died between storing the
    /// invoice and storing the answer): it is answered as created, never issued twice and never refused as a duplicate.
    /// </param>
    public async Task<IdempotentAnswer> CreateAsync(Guid tenantId, byte[] json, Guid? companyId, bool draft, CancellationToken cancellationToken, bool keyed = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        var validation = validator.ValidateJson(json);
        if (!validation.IsValid || validation.Invoice is null) return new(ApiProblem.InvalidInvoice(validation.Findings.ToList()), Replayable: true);
        var invoice = validation.Invoice;

        var company = companyId is { } id
            ? await companies.GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false)
            : await FindCompanyAsync(tenantId, invoice, cancellationToken).ConfigureAwait(false);
        if (company is null) return new(UnknownCompany(invoice, companyId), Replayable: false);

        var stored = ToNewInvoice(company, invoice, Encoding.UTF8.GetString(json));
        if (draft)
        {
            var created = await invoices.CreateAsync(stored, cancellationToken).ConfigureAwait(false);
            if (created is null) return new(UnknownCompany(invoice, company.Id), Replayable: false);
            return new(Created(created, validation.Findings), Replayable: true);
        }

        var plan = IssuePlan.For(company.Settings, time.GetUtcNow());
        var result = await invoices.CreateIssuedAsync(stored with { State = InvoiceState.Issued }, writer.ToBytes(invoice), plan, cancellationToken)
            .ConfigureAwait(false);
        if (keyed && result.Outcome == IssueOutcome.DuplicateNumber && result.Conflicting!.InputJson == stored.InputJson)
            return new(Created(result.Conflicting, validation.Findings), Replayable: true);
        if (!result.IsIssued) return new(Refusal(result), Replayable: false);
        Notify(result.Invoice!);
        return new(Created(result.Invoice!, validation.Findings), Replayable: true);
    }

    /// <summary><c>POST /v1/invoices/{id}/issue</c>: the draft is validated again, its XML written, and it is issued and planned.</summary>
    public async Task<IResult> IssueDraftAsync(InvoiceRecord draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.State != InvoiceState.Draft)
            return ApiProblem.Conflict("invalid-state", $"Only a draft can be issued; invoice {draft.Number} is {Name(draft.State)}.");
        var validation = validator.ValidateJson(draft.InputJson);
        if (!validation.IsValid || validation.Invoice is null) return ApiProblem.InvalidInvoice(validation.Findings.ToList());
        var company = await companies.GetAsync(draft.TenantId, draft.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return ApiProblem.NotFound($"There is no invoice {draft.Id}.");

        var plan = IssuePlan.For(company.Settings, time.GetUtcNow());
        var result = await invoices.IssueDraftAsync(draft.TenantId, draft.Id, writer.ToBytes(validation.Invoice), plan, cancellationToken).ConfigureAwait(false);
        if (!result.IsIssued) return Refusal(result);
        Notify(result.Invoice!);
        return JsonResponse.Ok(InvoiceResponse.From(result.Invoice!) with { Warnings = Warnings(validation.Findings) });
    }

    /// <summary>
    /// <c>POST /v1/invoices/{id}/void</c> of an accepted invoice: its credit note (<see cref="VoidingCreditNote"/>) is
    /// validated, issued and queued at once; the invoice becomes voided when ANAF accepts the credit note.
    /// </summary>
    public async Task<IResult> IssueCreditNoteAsync(InvoiceRecord original, VoidRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(request);
        var parsed = InvoiceJson.Parse(original.InputJson);
        if (parsed.Invoice is null) return ApiProblem.InvalidInvoice(parsed.Findings);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Romania).DateTime);
        var creditNoteJson = InvoiceJson.Write(VoidingCreditNote.For(parsed.Invoice, request, today));
        var validation = validator.ValidateJson(creditNoteJson);
        if (!validation.IsValid || validation.Invoice is null)
            return ApiProblem.Create(StatusCodes.Status422UnprocessableEntity, "invalid-credit-note", "The credit note is not valid",
                "The credit note that would cancel this invoice breaks these rules; post a corrected credit note yourself (type creditNote, precedingInvoice).",
                validation.Findings);

        var company = await companies.GetAsync(original.TenantId, original.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return ApiProblem.NotFound($"There is no invoice {original.Id}.");
        var creditNote = ToNewInvoice(company, validation.Invoice, creditNoteJson) with
        {
            State = InvoiceState.Issued,
            CreditNoteFor = original.Id,
            Environment = original.Environment,
        };
        // Voiding means sending the credit note: queued now, whatever the company's autoSend and delay.
        var result = await invoices.CreateIssuedAsync(creditNote, writer.ToBytes(validation.Invoice), IssuePlan.QueueAt(time.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        if (!result.IsIssued) return Refusal(result);
        Notify(result.Invoice!);
        return JsonResponse.Created(InvoicesApi.PathOf(result.Invoice!.Id), InvoiceResponse.From(result.Invoice!) with { Warnings = Warnings(validation.Findings) });
    }

    private async Task<Company?> FindCompanyAsync(Guid tenantId, Invoice invoice, CancellationToken cancellationToken)
    {
        foreach (var cui in InvoiceCompany.CandidateCuis(invoice))
        {
            if (await companies.FindByCuiAsync(tenantId, cui, cancellationToken).ConfigureAwait(false) is { } company) return company;
        }
        return null;
    }

    private static NewInvoice ToNewInvoice(Company company, Invoice invoice, string json) =>
        new(company.TenantId, company.Id, invoice.Number, invoice.TypeCode.Code, invoice.IssueDate, invoice.CurrencyCode, invoice.Totals.PayableAmount, json)
        {
            CustomerId = InvoiceCompany.CustomerId(invoice),
            CustomerName = invoice.Buyer.Name,
        };

    private void Notify(InvoiceRecord invoice)
    {
        if (invoice.State == InvoiceState.Queued) queue.Wake();
    }

    private static JsonResponse Created(InvoiceRecord invoice, IEnumerable<Finding> findings) =>
        JsonResponse.Created(InvoicesApi.PathOf(invoice.Id), InvoiceResponse.From(invoice) with { Warnings = Warnings(findings) });

    private static List<ProblemFinding>? Warnings(IEnumerable<Finding> findings)
    {
        var warnings = findings.Where(f => f.Severity == Severity.Warning).Select(ProblemFinding.From).ToList();
        return warnings.Count == 0 ? null : warnings;
    }

    private static IResult UnknownCompany(Invoice invoice, Guid? companyId)
    {
        if (companyId is { } id) return ApiProblem.NotFound($"There is no company {id}.");
        var cuis = InvoiceCompany.CandidateCuis(invoice);
        var finding = RequestBody.Finding("EF-COMPANY-UNKNOWN", invoice.TypeCode == InvoiceTypeCode.SelfBilledInvoice ? "/customer" : "/supplier",
            cuis.Count == 0
                ? "The supplier has no Romanian CUI to find its company by."
                : $"None of your companies has CUI {string.Join(" or ", cuis)}.",
            "Create the company first (POST /v1/companies), or name it with ?companyId=.");
        return ApiProblem.Create(StatusCodes.Status422UnprocessableEntity, "unknown-company", "The invoice's company is unknown", finding.Message, [finding]);
    }

    /// <summary>The answer to an issue the repository refused.</summary>
    internal static IResult Refusal(IssueResult result) => result.Outcome switch
    {
        IssueOutcome.DuplicateNumber => ApiProblem.Conflict("duplicate-invoice-number",
            $"The company already issued invoice number {result.Conflicting!.Number} ({InvoicesApi.PathOf(result.Conflicting.Id)}, {Name(result.Conflicting.State)}); " +
            "an invoice number is used once (a rejected invoice's number may be used again)."),
        IssueOutcome.CreditNotePending => ApiProblem.Conflict("credit-note-pending",
            $"Credit note {result.Conflicting!.Number} ({InvoicesApi.PathOf(result.Conflicting.Id)}, {Name(result.Conflicting.State)}) already cancels this invoice."),
        IssueOutcome.StateConflict => ApiProblem.Conflict("invalid-state",
            $"Invoice {result.Invoice?.Number} is {Name(result.Invoice?.State)} now; refresh it and try again."),
        _ => ApiProblem.NotFound("The invoice or its company does not exist."),
    };

    internal static string Name(InvoiceState? state) => state?.ToString().ToLowerInvariant() ?? "gone";
}
