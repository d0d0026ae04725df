using Efactura.Server.Storage.Events;

namespace Efactura.Server.Storage.Connections;

// What the token refresher needs beyond claiming and rotating.
public sealed partial class AnafConnectionRepository
{
    /// <summary>
    /// Records a refresh that failed for a passing reason (ANAF unreachable, 5xx) and keeps the claim until
    /// <paramref name="retryAt"/>, so no refresher (on any node) tries again before then. False when the claim was lost.
    /// </summary>
    public async Task<bool> PostponeRefreshAsync(Guid tenantId, Guid companyId, string claimer, string error, DateTimeOffset retryAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE anaf_connections SET last_error = @error, claimed_until = @retryAt, updated_at = @now
            WHERE tenant_id = @tenant AND company_id = @company AND claimed_by = @claimer
            """,
            cancellationToken,
            ("error", error), ("retryAt", retryAt), ("now", time.GetUtcNow()), ("tenant", tenantId), ("company", companyId), ("claimer", claimer))
            .ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Marks the connection expired (ANAF refused the refresh token: the company must connect again), releases
    /// the claim and records <paramref name="expiredEvent"/>, in one transaction. False when the claim was lost.
    /// </summary>
    public async Task<bool> ExpireAsync(Guid tenantId, Guid companyId, string claimer, string error, NewEvent expiredEvent, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        ArgumentNullException.ThrowIfNull(expiredEvent);
        var now = time.GetUtcNow();
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var changed = await session.ExecuteAsync(
            """
            UPDATE anaf_connections SET last_error = @error, status = 'expired', claimed_by = NULL, claimed_until = NULL, updated_at = @now
            WHERE tenant_id = @tenant AND company_id = @company AND claimed_by = @claimer AND status = 'active'
            """,
            cancellationToken, ("error", error), ("now", now), ("tenant", tenantId), ("company", companyId), ("claimer", claimer)).ConfigureAwait(false);
        if (changed != 1) return false;
        await EventRepository.AppendAsync(session, expiredEvent, now, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Active connections whose refresh token dies at or before <paramref name="before"/> and that have had no notice
    /// of <paramref name="noticeKind"/> for their current token version, soonest first (across tenants).
    /// </summary>
    public async Task<IReadOnlyList<AnafConnection>> ListRefreshExpiringAsync(DateTimeOffset before, string noticeKind, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(noticeKind);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(
            $"""
            SELECT {Columns} FROM anaf_connections c
            WHERE c.status = 'active' AND c.refresh_expires_at <= @before
              AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.subject_id = c.company_id AND n.kind = @kind AND n.period = CAST(c.token_version AS TEXT))
            ORDER BY c.refresh_expires_at, c.company_id
            LIMIT @max
            """,
            Read, cancellationToken, ("before", before), ("kind", noticeKind), ("max", max)).ConfigureAwait(false);
    }
}
