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

    /// <summary>
    /// The tenant's reply about <paramref name="incomingInvoiceId"/> with exactly <paramref name="text"/> whose upload's
    /// outcome is unknown and that was sent at or after <paramref name="since"/>, oldest first; null when there is none.
    /// </summary>
    public async Task<IncomingReply?> FindUnknownAsync(Guid tenantId, Guid incomingInvoiceId, string text, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"""
            {Select} WHERE r.tenant_id = @tenant AND r.incoming_invoice_id = @invoice AND r.text = @text AND r.upload_index IS NULL
              AND r.created_at >= @since ORDER BY r.id LIMIT 1
            """,
            Read, cancellationToken, ("tenant", tenantId), ("invoice", incomingInvoiceId), ("text", text), ("since", since)).ConfigureAwait(false);
    }

    /// <summary>Whether the company sent a reply ANAF took with upload index <paramref name="uploadIndex"/> (its own buyer message, known already).</summary>
    public async Task<bool> IsKnownAsync(Guid tenantId, Guid companyId, string uploadIndex, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ScalarAsync(
            "SELECT 1 FROM incoming_replies WHERE tenant_id = @tenant AND company_id = @company AND upload_index = @upload",
            cancellationToken, ("tenant", tenantId), ("company", companyId), ("upload", uploadIndex)).ConfigureAwait(false) is not null;
    }

    /// <summary>
    /// A buyer message of the company's own, read from ANAF's list: the oldest reply about <paramref name="answeredIndex"/>
    /// with <paramref name="text"/> whose outcome was unknown now has ANAF's <paramref name="uploadIndex"/> (ANAF has it).
    /// False when there was no such reply.
    /// </summary>
    public async Task<bool> ResolveUnknownAsync(Guid tenantId, Guid companyId, string answeredIndex, string text, string uploadIndex, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE incoming_replies SET upload_index = @upload
            WHERE id = (SELECT r.id FROM incoming_replies r
                        WHERE r.tenant_id = @tenant AND r.company_id = @company AND r.answered_index = @answered AND r.text = @text AND r.upload_index IS NULL
                        ORDER BY r.id LIMIT 1)
              AND NOT EXISTS (SELECT 1 FROM incoming_replies k WHERE k.company_id = @company AND k.upload_index = @upload)
            """,
            cancellationToken, ("upload", uploadIndex), ("tenant", tenantId), ("company", companyId), ("answered", answeredIndex), ("text", text))
            .ConfigureAwait(false) == 1;
    }

    /// <summary>Whether <paramref name="uploadIndex"/> is the index of an invoice the company received (ANAF listed it as FACTURA PRIMITA).</summary>
    public async Task<bool> IsReceivedInvoiceAsync(Guid tenantId, Guid companyId, string uploadIndex, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ScalarAsync(
            "SELECT 1 FROM spv_messages WHERE tenant_id = @tenant AND company_id = @company AND request_id = @upload AND type = @type",
            cancellationToken, ("tenant", tenantId), ("company", companyId), ("upload", uploadIndex), ("type", NewSpvMessage.ReceivedInvoiceType))
            .ConfigureAwait(false) is not null;
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
