using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;

namespace Efactura.Server.Storage.Invoices;

/// <summary>
/// Issuing: an invoice, its UBL XML and its plan (issued, scheduled or queued) are written in one transaction with
/// their events, so an issued invoice never lacks the XML the submitter uploads. The company's row is locked first
/// (a no-op UPDATE: a row lock on PostgreSQL, the writer lock on SQLite), so two requests cannot both issue the same
/// number.
/// </summary>
public sealed partial class InvoiceRepository
{
    /// <summary>
    /// The states in which an issued invoice keeps its number: every state but <see cref="InvoiceState.Rejected"/>
    /// (ANAF's rejection leaves the invoice without legal effect, and the corrected one may reuse the number).
    /// Drafts never held a number (<c>issued_at</c> is null).
    /// </summary>
    private const string HoldsNumber = "issued_at IS NOT NULL AND state <> 'rejected'";

    /// <summary>
    /// Stores <paramref name="invoice"/> (state <see cref="InvoiceState.Issued"/>) with its XML and follows
    /// <paramref name="plan"/>. A credit note made by voiding (<see cref="NewInvoice.CreditNoteFor"/>) needs its
    /// original accepted and without another credit note on its way.
    /// </summary>
    public async Task<IssueResult> CreateIssuedAsync(NewInvoice invoice, ReadOnlyMemory<byte> xml, IssuePlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(invoice.Number);
        if (invoice.State != InvoiceState.Issued) throw new ArgumentException("an invoice created by issuing is issued", nameof(invoice));
        var now = time.GetUtcNow();
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        if (!await LockCompanyAsync(session, invoice.TenantId, invoice.CompanyId, cancellationToken).ConfigureAwait(false))
            return new IssueResult(IssueOutcome.NotFound, null);
        if (invoice.CustomerPartnerId is { } partnerId && !await IsCompanysPartnerAsync(session, invoice, partnerId, cancellationToken).ConfigureAwait(false))
            return new IssueResult(IssueOutcome.NotFound, null);
        if (invoice.CreditNoteFor is { } originalId
            && await CreditNoteBlockedAsync(session, invoice.TenantId, originalId, cancellationToken).ConfigureAwait(false) is { } blocked)
            return blocked;
        if (await HolderOfNumberAsync(session, invoice.TenantId, invoice.CompanyId, invoice.Number, null, cancellationToken).ConfigureAwait(false) is { } holder)
            return new IssueResult(IssueOutcome.DuplicateNumber, null, holder);

        var created = await InsertAsync(session, invoice, now, cancellationToken).ConfigureAwait(false);
        await EventRepository.AppendAsync(session, EventFor(created, null), now, cancellationToken).ConfigureAwait(false);
        var planned = await StoreXmlAndPlanAsync(session, created, xml, plan, now, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new IssueResult(IssueOutcome.Issued, planned);
    }

    /// <summary>Issues a draft: its number becomes final, its XML is stored and <paramref name="plan"/> followed.</summary>
    public async Task<IssueResult> IssueDraftAsync(Guid tenantId, Guid invoiceId, ReadOnlyMemory<byte> xml, IssuePlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var now = time.GetUtcNow();
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var draft = await GetAsync(session, tenantId, invoiceId, cancellationToken).ConfigureAwait(false);
        if (draft is null || !await LockCompanyAsync(session, tenantId, draft.CompanyId, cancellationToken).ConfigureAwait(false))
            return new IssueResult(IssueOutcome.NotFound, null);
        if (await HolderOfNumberAsync(session, tenantId, draft.CompanyId, draft.Number, draft.Id, cancellationToken).ConfigureAwait(false) is { } holder)
            return new IssueResult(IssueOutcome.DuplicateNumber, draft, holder);

        var issued = await ApplyAsync(session, new InvoiceTransition(tenantId, invoiceId, InvoiceState.Draft, InvoiceState.Issued), now, cancellationToken)
            .ConfigureAwait(false);
        if (issued is null)
            return new IssueResult(IssueOutcome.StateConflict, await GetAsync(session, tenantId, invoiceId, cancellationToken).ConfigureAwait(false));
        var planned = await StoreXmlAndPlanAsync(session, issued, xml, plan, now, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new IssueResult(IssueOutcome.Issued, planned);
    }

    /// <summary>The credit notes made by voiding <paramref name="invoiceId"/>, oldest first.</summary>
    public async Task<IReadOnlyList<InvoiceRecord>> CreditNotesForAsync(Guid tenantId, Guid invoiceId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await CreditNotesForAsync(session, tenantId, invoiceId, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<InvoiceRecord>> CreditNotesForAsync(SqlSession session, Guid tenantId, Guid invoiceId, CancellationToken cancellationToken) =>
        await session.QueryAsync(
            $"SELECT {Columns} FROM invoices WHERE tenant_id = @tenant AND credit_note_for = @original ORDER BY id",
            Read, cancellationToken, ("tenant", tenantId), ("original", invoiceId)).ConfigureAwait(false);

    private static async Task<bool> LockCompanyAsync(SqlSession session, Guid tenantId, Guid companyId, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            "UPDATE companies SET updated_at = updated_at WHERE tenant_id = @tenant AND id = @company",
            cancellationToken, ("tenant", tenantId), ("company", companyId)).ConfigureAwait(false) == 1;

    private static async Task<InvoiceRecord?> HolderOfNumberAsync(
        SqlSession session, Guid tenantId, Guid companyId, string number, Guid? except, CancellationToken cancellationToken)
    {
        var holders = await session.QueryAsync(
            $"SELECT {Columns} FROM invoices WHERE tenant_id = @tenant AND company_id = @company AND number = @number AND {HoldsNumber} ORDER BY id",
            Read, cancellationToken, ("tenant", tenantId), ("company", companyId), ("number", number)).ConfigureAwait(false);
        return holders.FirstOrDefault(h => h.Id != except);
    }

    /// <summary>Why a credit note for <paramref name="originalId"/> cannot be issued now, or null when it can.</summary>
    private static async Task<IssueResult?> CreditNoteBlockedAsync(SqlSession session, Guid tenantId, Guid originalId, CancellationToken cancellationToken)
    {
        // Locks the original's row (PostgreSQL) so two voids cannot both pass the check below.
        var locked = await session.ExecuteAsync(
            "UPDATE invoices SET version = version WHERE tenant_id = @tenant AND id = @id",
            cancellationToken, ("tenant", tenantId), ("id", originalId)).ConfigureAwait(false);
        if (locked == 0) return new IssueResult(IssueOutcome.NotFound, null);
        var original = (await GetAsync(session, tenantId, originalId, cancellationToken).ConfigureAwait(false))!;
        if (original.State != InvoiceState.Accepted) return new IssueResult(IssueOutcome.StateConflict, original);
        var pending = (await CreditNotesForAsync(session, tenantId, originalId, cancellationToken).ConfigureAwait(false))
            .FirstOrDefault(c => c.State != InvoiceState.Rejected);
        return pending is null ? null : new IssueResult(IssueOutcome.CreditNotePending, original, pending);
    }

    private async Task<InvoiceRecord> StoreXmlAndPlanAsync(
        SqlSession session, InvoiceRecord issued, ReadOnlyMemory<byte> xml, IssuePlan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await DocumentRepository.PutAsync(session, time, issued.TenantId, DocumentOwnerType.Invoice, issued.Id, DocumentKind.Xml, xml, cancellationToken)
            .ConfigureAwait(false);
        if (plan.Then == InvoiceState.Issued) return issued;
        var transition = new InvoiceTransition(issued.TenantId, issued.Id, InvoiceState.Issued, plan.Then) { NextAttemptAt = plan.NextAttemptAt };
        return await ApplyAsync(session, transition, now, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("an invoice issued in this transaction left the issued state");
    }
}
