using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Application.Invoices;

/// <summary>
/// The state changes a user asks for by hand: submit, retry and void. Each one checks the invoice's state first and
/// refuses with what to do instead; a change someone else made meanwhile is a conflict, never overwritten.
/// </summary>
public sealed class InvoiceActions(InvoiceRepository invoices, InvoiceIssuer issuer, SubmissionQueue queue, TimeProvider time)
{
    /// <summary>
    /// Queues an issued (or scheduled: "send now") invoice for upload now, to <paramref name="environment"/> when
    /// given (recorded on the invoice; otherwise the company's).
    /// </summary>
    public async Task<Outcome<SavedInvoice>> SubmitAsync(Guid tenantId, Guid invoiceId, AnafEnvironment? environment, CancellationToken cancellationToken)
    {
        var invoice = await invoices.GetAsync(tenantId, invoiceId, cancellationToken).ConfigureAwait(false);
        if (invoice is null) return InvoiceIssuer.InvoiceMissing(invoiceId);
        if (invoice.State is not (InvoiceState.Issued or InvoiceState.Scheduled))
        {
            var hint = invoice.State == InvoiceState.Draft ? " Issue it first (POST .../issue)." : " It is on its way or done already.";
            return new Refusal.Conflict("invalid-state",
                $"Only an issued or scheduled invoice can be submitted; invoice {invoice.Number} is {InvoiceStateNames.Of(invoice.State)}.{hint}");
        }
        return await MoveAsync(invoice, new InvoiceTransition(invoice.TenantId, invoice.Id, invoice.State, InvoiceState.Queued)
        {
            NextAttemptAt = time.GetUtcNow(),
            Environment = environment,
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Queues a failed invoice again. A rejected one is refused: ANAF judged its content, so the same XML would be
    /// rejected again; a corrected invoice must be posted.
    /// </summary>
    public async Task<Outcome<SavedInvoice>> RetryAsync(Guid tenantId, Guid invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await invoices.GetAsync(tenantId, invoiceId, cancellationToken).ConfigureAwait(false);
        if (invoice is null) return InvoiceIssuer.InvoiceMissing(invoiceId);
        if (invoice.State == InvoiceState.Rejected)
            return new Refusal.Conflict("invoice-rejected",
                $"ANAF rejected invoice {invoice.Number} for its content (see error.findings); sending it again would be rejected again. " +
                "Post a corrected invoice (POST /v1/invoices): a rejected invoice has no legal effect, so the corrected one may keep its number.");
        if (invoice.State != InvoiceState.Failed)
            return new Refusal.Conflict("invalid-state", $"Only a failed invoice can be retried; invoice {invoice.Number} is {InvoiceStateNames.Of(invoice.State)}.");
        return await MoveAsync(invoice, new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Failed, InvoiceState.Queued)
        {
            NextAttemptAt = time.GetUtcNow(),
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Voids an invoice: a draft is discarded at once (its number never used) and returned; an accepted invoice is
    /// cancelled by a credit note written per <paramref name="choices"/>, issued and queued now, and the credit note
    /// is returned (a new invoice: its id is not <paramref name="invoiceId"/>); the invoice becomes voided when ANAF
    /// accepts it. Any other state is refused with the reason.
    /// </summary>
    public async Task<Outcome<SavedInvoice>> VoidAsync(Guid tenantId, Guid invoiceId, CreditNoteChoices choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var invoice = await invoices.GetAsync(tenantId, invoiceId, cancellationToken).ConfigureAwait(false);
        if (invoice is null) return InvoiceIssuer.InvoiceMissing(invoiceId);
        return invoice.State switch
        {
            InvoiceState.Draft => await MoveAsync(invoice, new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Draft, InvoiceState.Voided), cancellationToken)
                .ConfigureAwait(false),
            InvoiceState.Accepted => await issuer.IssueCreditNoteAsync(invoice, choices, cancellationToken).ConfigureAwait(false),
            InvoiceState.Rejected => new Refusal.Conflict("invalid-state",
                $"ANAF rejected invoice {invoice.Number}: it has no legal effect, so there is nothing to cancel."),
            InvoiceState.Voided => new Refusal.Conflict("invalid-state", $"Invoice {invoice.Number} is voided already."),
            _ => new Refusal.Conflict("invalid-state",
                $"Invoice {invoice.Number} is {InvoiceStateNames.Of(invoice.State)}: a draft is voided directly, an issued invoice once ANAF accepted it " +
                "(by a credit note); wait for ANAF's verdict."),
        };
    }

    private async Task<Outcome<SavedInvoice>> MoveAsync(InvoiceRecord invoice, InvoiceTransition transition, CancellationToken cancellationToken)
    {
        var result = await invoices.TransitionAsync(transition, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == TransitionOutcome.NotFound) return InvoiceIssuer.InvoiceMissing(invoice.Id);
        if (!result.Applied)
            return new Refusal.Conflict("invalid-state",
                $"Invoice {invoice.Number} moved on to {InvoiceStateNames.Of(result.Invoice?.State)} meanwhile; refresh it and decide again.");
        if (result.Invoice!.State == InvoiceState.Queued) queue.Wake();
        return SavedInvoice.Of(result.Invoice);
    }
}
