namespace Efactura.Server.Storage.Events;

/// <summary>
/// The event log: the audit trail of every state transition and notification, and the webhook outbox. An
/// event and its deliveries are written in the transaction of the change they report, so a change is never
/// reported without having happened, nor happens without being reported.
/// </summary>
public sealed class EventRepository(Database database, TimeProvider time)
{
    internal const string Columns = "id, tenant_id, type, subject_id, company_id, from_state, to_state, data, created_at";

    /// <summary>Records an event that is no state transition (deadline, connection, incoming) and queues its deliveries.</summary>
    public async Task<StoredEvent> PublishAsync(NewEvent newEvent, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var stored = await AppendAsync(session, newEvent, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>The tenant's events, newest first.</summary>
    public async Task<Page<StoredEvent>> ListAsync(Guid tenantId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var args = new List<SqlArg> { ("tenant", tenantId), ("limit", page.EffectiveLimit + 1) };
        var after = "";
        if (page.Cursor is not null)
        {
            after = " AND id < @cursor";
            args.Add(("cursor", Cursor.ToLong(page.Cursor)));
        }
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            $"SELECT {Columns} FROM events WHERE tenant_id = @tenant{after} ORDER BY id DESC LIMIT @limit",
            Read, cancellationToken, [.. args]).ConfigureAwait(false);
        return Paging.Cut(rows, page.EffectiveLimit, e => Cursor.From(e.Id));
    }

    /// <summary>The history of one subject (an invoice's transitions), oldest first.</summary>
    public async Task<IReadOnlyList<StoredEvent>> ListForSubjectAsync(Guid tenantId, Guid subjectId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(
            $"SELECT {Columns} FROM events WHERE tenant_id = @tenant AND subject_id = @subject ORDER BY id",
            Read, cancellationToken, ("tenant", tenantId), ("subject", subjectId)).ConfigureAwait(false);
    }

    /// <summary>Writes the event and, when its type is subscribable, one pending delivery per matching active subscription.</summary>
    internal static async Task<StoredEvent> AppendAsync(SqlSession session, NewEvent newEvent, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(newEvent);
        ArgumentException.ThrowIfNullOrEmpty(newEvent.Type);
        var stored = (await session.QuerySingleAsync(
            $"""
            INSERT INTO events (tenant_id, type, subject_id, company_id, from_state, to_state, data, created_at)
            VALUES (@tenant, @type, @subject, @company, @from, @to, @data, @now)
            RETURNING {Columns}
            """,
            Read, cancellationToken,
            ("tenant", newEvent.TenantId), ("type", newEvent.Type), ("subject", newEvent.SubjectId), ("company", newEvent.CompanyId),
            ("from", newEvent.FromState), ("to", newEvent.ToState), ("data", newEvent.Data), ("now", now)).ConfigureAwait(false))!;
        if (!EventTypes.Subscribable.Contains(stored.Type)) return stored;

        await session.ExecuteAsync(
            """
            INSERT INTO webhook_deliveries (tenant_id, subscription_id, event_id, status, attempts, next_attempt_at, created_at)
            SELECT s.tenant_id, s.id, @event, 'pending', 0, @now, @now
            FROM webhook_subscriptions s
            WHERE s.tenant_id = @tenant AND s.active
              AND EXISTS (SELECT 1 FROM webhook_subscription_events e WHERE e.subscription_id = s.id AND e.event_type = @type)
            """,
            cancellationToken, ("event", stored.Id), ("now", now), ("tenant", stored.TenantId), ("type", stored.Type)).ConfigureAwait(false);
        return stored;
    }

    internal static StoredEvent Read(SqlRow row) => new(
        row.Long("id"),
        row.Guid("tenant_id"),
        row.String("type"),
        row.NullableGuid("subject_id"),
        row.NullableGuid("company_id"),
        row.NullableString("from_state"),
        row.NullableString("to_state"),
        row.String("data"),
        row.Time("created_at"));
}
