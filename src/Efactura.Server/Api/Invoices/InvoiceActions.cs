using Efactura.Server.Api.Problems;
using Efactura.Server.Api.Requests;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Api.Invoices;

/// <summary>The state changes a user asks for by hand: submit, void (of a draft), retry.</summary>
public sealed class InvoiceActions(InvoiceRepository invoices, SubmissionQueue queue, TimeProvider time)
{
    /// <summary>
    /// <c>POST /v1/invoices/{id}/submit</c>: an issued (or scheduled: "send now") invoice is queued for upload now,
    /// to <paramref name="environment"/> when given (recorded on the invoice).
    /// </summary>
    public async Task<IResult> SubmitAsync(InvoiceRecord invoice, AnafEnvironment? environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.State is not (InvoiceState.Issued or InvoiceState.Scheduled))
        {
            var hint = invoice.State == InvoiceState.Draft ? " Issue it first (POST .../issue)." : " It is on its way or done already.";
            return ApiProblem.Conflict("invalid-state",
                $"Only an issued or scheduled invoice can be submitted; invoice {invoice.Number} is {InvoiceIssuer.Name(invoice.State)}.{hint}");
        }
        return await MoveAsync(invoice, new InvoiceTransition(invoice.TenantId, invoice.Id, invoice.State, InvoiceState.Queued)
        {
            NextAttemptAt = time.GetUtcNow(),
            Environment = environment,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST /v1/invoices/{id}/void</c> of a draft: discarded, its number never used.</summary>
    public Task<IResult> VoidDraftAsync(InvoiceRecord draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return MoveAsync(draft, new InvoiceTransition(draft.TenantId, draft.Id, InvoiceState.Draft, InvoiceState.Voided), cancellationToken);
    }

    /// <summary>
    /// <c>POST /v1/invoices/{id}/retry</c>: a failed invoice is queued again. A rejected one is not: ANAF judged its
    /// content, so the same XML would be rejected again; a corrected invoice must be posted.
    /// </summary>
    public async Task<IResult> RetryAsync(InvoiceRecord invoice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        if (invoice.State == InvoiceState.Rejected)
            return ApiProblem.Conflict("invoice-rejected",
                $"ANAF rejected invoice {invoice.Number} for its content (see error.findings); sending it again would be rejected again. " +
                "Post a corrected invoice (POST /v1/invoices): a rejected invoice has no legal effect, so the corrected one may keep its number.");
        if (invoice.State != InvoiceState.Failed)
            return ApiProblem.Conflict("invalid-state", $"Only a failed invoice can be retried; invoice {invoice.Number} is {InvoiceIssuer.Name(invoice.State)}.");
        return await MoveAsync(invoice, new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Failed, InvoiceState.Queued)
        {
            NextAttemptAt = time.GetUtcNow(),
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IResult> MoveAsync(InvoiceRecord invoice, InvoiceTransition transition, CancellationToken cancellationToken)
    {
        var result = await invoices.TransitionAsync(transition, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == TransitionOutcome.NotFound) return ApiProblem.NotFound($"There is no invoice {invoice.Id}.");
        if (!result.Applied)
            return ApiProblem.Conflict("invalid-state",
                $"Invoice {invoice.Number} moved on to {InvoiceIssuer.Name(result.Invoice?.State)} meanwhile; refresh it and decide again.");
        if (result.Invoice!.State == InvoiceState.Queued) queue.Wake();
        return JsonResponse.Ok(InvoiceResponse.From(result.Invoice));
    }
}
