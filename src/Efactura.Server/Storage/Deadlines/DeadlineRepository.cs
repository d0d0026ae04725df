using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Storage.Deadlines;

/// <summary>
/// The deadline watcher's query: invoices issued but not yet taken by ANAF (DESIGN §5: 5 working days from
/// issue), across tenants, that have not had their deadline notice.
/// </summary>
public sealed class DeadlineRepository(Database database)
{
    /// <summary>The kind of notice (and event type) that marks an invoice as warned.</summary>
    public const string NoticeKind = Events.EventTypes.InvoiceDeadlineApproaching;

    /// <summary>The states of an invoice that is issued and not yet with ANAF: its upload deadline runs.</summary>
    public static IReadOnlyList<InvoiceState> Unsubmitted { get; } =
        [InvoiceState.Issued, InvoiceState.Scheduled, InvoiceState.Queued, InvoiceState.Uploading, InvoiceState.Reconciling];

    /// <summary>
    /// Up to <paramref name="max"/> unsubmitted invoices issued on or before <paramref name="issuedOnOrBefore"/>
    /// without a deadline notice, oldest issue date first.
    /// </summary>
    public async Task<IReadOnlyList<UnsubmittedInvoice>> FindUnwarnedAsync(DateOnly issuedOnOrBefore, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var args = new List<SqlArg> { ("issued", issuedOnOrBefore), ("kind", NoticeKind), ("max", max) };
        var states = SqlList.Of("state", Unsubmitted, args);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(
            $"""
            SELECT i.id, i.tenant_id, i.company_id, i.number, i.issue_date, i.state FROM invoices i
            WHERE i.state IN {states} AND i.issue_date <= @issued
              AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.subject_id = i.id AND n.kind = @kind AND n.period = '')
            ORDER BY i.issue_date, i.id
            LIMIT @max
            """,
            row => new UnsubmittedInvoice(
                row.Guid("id"), row.Guid("tenant_id"), row.Guid("company_id"), row.String("number"), row.Date("issue_date"),
                row.Enum<InvoiceState>("state")),
            cancellationToken, [.. args]).ConfigureAwait(false);
    }
}
