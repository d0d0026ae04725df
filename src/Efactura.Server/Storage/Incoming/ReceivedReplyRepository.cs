using Efactura.Server.Storage.Events;

namespace Efactura.Server.Storage.Incoming;

/// <summary>
/// The buyers' replies (RASP) a supplier company received, one per SPV message. Each is linked at read time to the
/// company's outgoing invoice whose upload index it names, so a reply stored before its invoice's index was known
/// still finds it.
/// </summary>
public sealed class ReceivedReplyRepository(Database database, TimeProvider time)
{
    // invoices.index_incarcare is unique per upload; LIMIT 1 keeps a row per reply whatever the data says.
    private const string Select =
        """
        SELECT r.id, r.tenant_id, r.company_id, r.spv_message_id, r.answered_index, r.text, r.reply_index, r.listed_at, r.created_at,
               i.id AS invoice_id, i.number AS invoice_number
        FROM received_replies r
        LEFT JOIN invoices i ON i.id = (
            SELECT o.id FROM invoices o WHERE o.company_id = r.company_id AND o.index_incarcare = r.answered_index ORDER BY o.id LIMIT 1)
        """;

    /// <summary>
    /// Stores the reply read from SPV message <paramref name="messageId"/> with the event <paramref name="eventFor"/>
    /// makes of it, in one transaction; null when that message's reply is stored already (nothing is written then).
    /// </summary>
    public async Task<ReceivedReply?> ReceiveAsync(
        Guid tenantId, Guid companyId, Guid messageId, string answeredIndex, string text, string? replyIndex, DateTimeOffset listedAt,
        Func<ReceivedReply, NewEvent> eventFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventFor);
        var now = time.GetUtcNow();
        var id = StorageIds.New(time);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var inserted = await session.ExecuteAsync(
            """
            INSERT INTO received_replies (id, tenant_id, company_id, spv_message_id, answered_index, text, reply_index, listed_at, created_at)
            SELECT @id, @tenant, @company, @message, @answered, @text, @reply, @listed, @now
            WHERE EXISTS (SELECT 1 FROM spv_messages WHERE id = @message AND tenant_id = @tenant AND company_id = @company)
            ON CONFLICT (spv_message_id) DO NOTHING
            """,
            cancellationToken, ("id", id), ("tenant", tenantId), ("company", companyId), ("message", messageId), ("answered", answeredIndex),
            ("text", text), ("reply", replyIndex), ("listed", listedAt), ("now", now)).ConfigureAwait(false);
        if (inserted != 1) return null;
        var stored = (await session.QuerySingleAsync($"{Select} WHERE r.id = @id", Read, cancellationToken, ("id", id)).ConfigureAwait(false))!;
        await EventRepository.AppendAsync(session, eventFor(stored), now, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>The reply stored from SPV message <paramref name="messageId"/>, or null.</summary>
    public async Task<ReceivedReply?> FindByMessageAsync(Guid tenantId, Guid messageId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync($"{Select} WHERE r.tenant_id = @tenant AND r.spv_message_id = @message",
            Read, cancellationToken, ("tenant", tenantId), ("message", messageId)).ConfigureAwait(false);
    }

    /// <summary>
    /// One page of the replies the company received about its invoice with upload index <paramref name="answeredIndex"/>,
    /// oldest first (ids are UUID v7: "id above the cursor" is "stored later").
    /// </summary>
    /// <exception cref="InvalidCursorException">The page's cursor is not one this server gave.</exception>
    public async Task<Page<ReceivedReply>> ListForInvoiceAsync(
        Guid tenantId, Guid companyId, string answeredIndex, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var args = new List<SqlArg> { ("tenant", tenantId), ("company", companyId), ("answered", answeredIndex), ("limit", page.EffectiveLimit + 1) };
        var after = "";
        if (page.Cursor is not null)
        {
            after = " AND r.id > @cursor";
            args.Add(("cursor", Cursor.ToGuid(page.Cursor)));
        }
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            $"{Select} WHERE r.tenant_id = @tenant AND r.company_id = @company AND r.answered_index = @answered{after} ORDER BY r.id LIMIT @limit",
            Read, cancellationToken, [.. args]).ConfigureAwait(false);
        return Paging.Cut(rows, page.EffectiveLimit, r => Cursor.From(r.Id));
    }

    /// <summary>
    /// The tenant's received replies, newest first, optionally one company's; with <paramref name="unlinkedOnly"/>,
    /// only those naming an upload index none of the company's invoices has.
    /// </summary>
    public async Task<Page<ReceivedReply>> ListAsync(Guid tenantId, Guid? companyId, bool unlinkedOnly, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var args = new List<SqlArg> { ("tenant", tenantId), ("limit", page.EffectiveLimit + 1) };
        var where = "r.tenant_id = @tenant";
        if (companyId is { } company)
        {
            where += " AND r.company_id = @company";
            args.Add(("company", company));
        }
        if (unlinkedOnly) where += " AND i.id IS NULL";
        if (page.Cursor is not null)
        {
            where += " AND r.id < @cursor";
            args.Add(("cursor", Cursor.ToGuid(page.Cursor)));
        }
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync($"{Select} WHERE {where} ORDER BY r.id DESC LIMIT @limit", Read, cancellationToken, [.. args]).ConfigureAwait(false);
        return Paging.Cut(rows, page.EffectiveLimit, r => Cursor.From(r.Id));
    }

    private static ReceivedReply Read(SqlRow row) => new(
        row.Guid("id"),
        row.Guid("tenant_id"),
        row.Guid("company_id"),
        row.Guid("spv_message_id"),
        row.String("answered_index"),
        row.String("text"),
        row.NullableString("reply_index"),
        row.Time("listed_at"),
        row.Time("created_at"),
        row.NullableGuid("invoice_id"),
        row.NullableString("invoice_number"));
}
