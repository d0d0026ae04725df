namespace Efactura.Server.Storage.Incoming;

/// <summary>The buyer's replies (RASP) to received invoices, per invoice, oldest first.</summary>
public sealed class IncomingReplyRepository(Database database, TimeProvider time)
{
    // The buyer message ANAF lists for a reply carries the reply's own upload index as id_solicitare (anaf-api.md §4.2:
    // id_solicitare = the upload index); its type starts with MESAJ CUMPARATOR (the exact string is unconfirmed, §4.2).
    private const string Select =
        """
        SELECT r.id, r.tenant_id, r.company_id, r.incoming_invoice_id, r.answered_index, r.text, r.upload_index, r.created_at,
               m.id AS listed_id, m.anaf_created_at AS listed_at
        FROM incoming_replies r
        LEFT JOIN spv_messages m ON m.id = (
            SELECT s.id FROM spv_messages s
            WHERE s.company_id = r.company_id AND s.request_id = r.upload_index AND s.type LIKE 'MESAJ CUMPARATOR%'
            ORDER BY s.id LIMIT 1)
        """;

    /// <summary>Records a reply sent (or of unknown outcome) about <paramref name="incomingInvoiceId"/>.</summary>
    public async Task<IncomingReply> AddAsync(
        Guid tenantId, Guid companyId, Guid incomingInvoiceId, string answeredIndex, string text, string? uploadIndex, CancellationToken cancellationToken)
    {
        var id = StorageIds.New(time);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            """
            INSERT INTO incoming_replies (id, tenant_id, company_id, incoming_invoice_id, answered_index, text, upload_index, created_at)
            VALUES (@id, @tenant, @company, @invoice, @answered, @text, @upload, @now)
            """,
            cancellationToken, ("id", id), ("tenant", tenantId), ("company", companyId), ("invoice", incomingInvoiceId), ("answered", answeredIndex),
            ("text", text), ("upload", uploadIndex), ("now", time.GetUtcNow())).ConfigureAwait(false);
        return (await session.QuerySingleAsync($"{Select} WHERE r.id = @id", Read, cancellationToken, ("id", id)).ConfigureAwait(false))!;
    }

    /// <summary>The tenant's replies about <paramref name="incomingInvoiceId"/>, oldest first (at most <paramref name="max"/>).</summary>
    public async Task<IReadOnlyList<IncomingReply>> ListAsync(Guid tenantId, Guid incomingInvoiceId, int max, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(
            $"{Select} WHERE r.tenant_id = @tenant AND r.incoming_invoice_id = @invoice ORDER BY r.id LIMIT @max",
            Read, cancellationToken, ("tenant", tenantId), ("invoice", incomingInvoiceId), ("max", max)).ConfigureAwait(false);
    }

    private static IncomingReply Read(SqlRow row) => new(
        row.Guid("id"),
        row.Guid("tenant_id"),
        row.Guid("company_id"),
        row.Guid("incoming_invoice_id"),
        row.String("answered_index"),
        row.String("text"),
        row.NullableString("upload_index"),
        row.Time("created_at"),
        row.NullableGuid("listed_id"),
        row.NullableTime("listed_at"));
}
