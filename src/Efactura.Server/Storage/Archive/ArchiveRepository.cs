using Efactura.Server.Storage.Documents;

namespace Efactura.Server.Storage.Archive;

/// <summary>
/// A company's invoices of a period for the archive export, a page at a time in issue-date order (keyset on
/// issue date and id, index <c>ix_*_company_issue_date</c>), so an export of any length holds one page in memory.
/// Issued invoices exclude drafts (they have no documents); received invoices are all there.
/// </summary>
public sealed class ArchiveRepository(Database database)
{
    /// <summary>Up to <paramref name="limit"/> of the company's issued invoices dated <paramref name="from"/>..<paramref name="to"/>, after <paramref name="after"/>.</summary>
    public Task<IReadOnlyList<ArchivedInvoice>> IssuedAsync(
        Guid tenantId, Guid companyId, DateOnly from, DateOnly to, ArchivedInvoice? after, int limit, CancellationToken cancellationToken) =>
        PageAsync(
            "SELECT id, number, issue_date, state, index_incarcare, id_descarcare, signature FROM invoices " +
            "WHERE tenant_id = @tenant AND company_id = @company AND issued_at IS NOT NULL AND issue_date >= @from AND issue_date <= @to",
            row => new ArchivedInvoice(row.Guid("id"), DocumentOwnerType.Invoice, row.String("number"), row.Date("issue_date"), row.String("state"),
                row.NullableString("index_incarcare"), row.NullableString("id_descarcare"), row.NullableString("signature")),
            tenantId, companyId, from, to, after, limit, cancellationToken);

    /// <summary>Up to <paramref name="limit"/> of the company's received invoices dated <paramref name="from"/>..<paramref name="to"/>, after <paramref name="after"/>.</summary>
    public Task<IReadOnlyList<ArchivedInvoice>> ReceivedAsync(
        Guid tenantId, Guid companyId, DateOnly from, DateOnly to, ArchivedInvoice? after, int limit, CancellationToken cancellationToken) =>
        PageAsync(
            "SELECT id, number, issue_date, anaf_message_id, signature FROM incoming_invoices " +
            "WHERE tenant_id = @tenant AND company_id = @company AND issue_date >= @from AND issue_date <= @to",
            row => new ArchivedInvoice(row.Guid("id"), DocumentOwnerType.Incoming, row.String("number"), row.Date("issue_date"), "received",
                null, row.String("anaf_message_id"), row.NullableString("signature")),
            tenantId, companyId, from, to, after, limit, cancellationToken);

    private async Task<IReadOnlyList<ArchivedInvoice>> PageAsync(
        string select, Func<SqlRow, ArchivedInvoice> read, Guid tenantId, Guid companyId, DateOnly from, DateOnly to, ArchivedInvoice? after, int limit,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var args = new List<SqlArg> { ("tenant", tenantId), ("company", companyId), ("from", from), ("to", to), ("limit", limit) };
        var sql = select;
        if (after is not null)
        {
            // (issue_date, id) > (@afterDate, @afterId), spelled out: both engines use the index for it.
            sql += " AND (issue_date > @afterDate OR (issue_date = @afterDate AND id > @afterId))";
            args.Add(("afterDate", after.IssueDate));
            args.Add(("afterId", after.Id));
        }
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(sql + " ORDER BY issue_date, id LIMIT @limit", read, cancellationToken, [.. args]).ConfigureAwait(false);
    }
}
