using Efactura.Server.Storage.Events;

namespace Efactura.Server.Storage.Notices;

/// <summary>
/// Events that must be sent once, whatever the number of worker rounds and nodes: the notice row and the
/// event (with its webhook deliveries) are written in one transaction, and the notice's primary key turns
/// every later attempt into nothing.
/// </summary>
public sealed class NoticeRepository(Database database, TimeProvider time)
{
    /// <summary>
    /// Records <paramref name="newEvent"/> unless <paramref name="notice"/> was sent before; the stored event,
    /// or null when it had been sent.
    /// </summary>
    public async Task<StoredEvent?> PublishOnceAsync(Notice notice, NewEvent newEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(newEvent);
        ArgumentException.ThrowIfNullOrEmpty(notice.Kind);
        ArgumentNullException.ThrowIfNull(notice.Period);
        var now = time.GetUtcNow();
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        if (await SentAsync(session, notice, cancellationToken).ConfigureAwait(false)) return null;

        var stored = await EventRepository.AppendAsync(session, newEvent, now, cancellationToken).ConfigureAwait(false);
        // Two nodes may pass the check above together (PostgreSQL): the key lets one insert, the other rolls back.
        var inserted = await session.ExecuteAsync(
            """
            INSERT INTO notices (subject_id, kind, period, tenant_id, event_id, created_at)
            VALUES (@subject, @kind, @period, @tenant, @event, @now)
            ON CONFLICT (subject_id, kind, period) DO NOTHING
            """,
            cancellationToken,
            ("subject", notice.SubjectId), ("kind", notice.Kind), ("period", notice.Period), ("tenant", newEvent.TenantId),
            ("event", stored.Id), ("now", now)).ConfigureAwait(false);
        if (inserted == 0) return null;
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>True when <paramref name="notice"/> was sent.</summary>
    public async Task<bool> WasSentAsync(Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await SentAsync(session, notice, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> SentAsync(SqlSession session, Notice notice, CancellationToken cancellationToken) =>
        await session.ScalarAsync(
            "SELECT 1 FROM notices WHERE subject_id = @subject AND kind = @kind AND period = @period",
            cancellationToken, ("subject", notice.SubjectId), ("kind", notice.Kind), ("period", notice.Period)).ConfigureAwait(false) is not null;
}
