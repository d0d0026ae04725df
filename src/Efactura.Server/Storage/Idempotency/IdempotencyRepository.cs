namespace Efactura.Server.Storage.Idempotency;

/// <summary>
/// Idempotency keys per tenant: same key and body → same response; same key, other body → conflict. A
/// reservation is a lease, so a request whose node died does not block its key for ever; completed keys
/// are kept for <c>retention</c> (the caller's choice) and then forgotten.
/// </summary>
public sealed class IdempotencyRepository(Database database, TimeProvider time)
{
    /// <summary>
    /// Reserves <paramref name="key"/> for a request whose body (and method and path) hash to
    /// <paramref name="requestHash"/>, held for <paramref name="lockFor"/> and remembered for <paramref name="retention"/>.
    /// </summary>
    public async Task<IdempotencyReservation> ReserveAsync(
        Guid tenantId, string key, string requestHash, TimeSpan lockFor, TimeSpan retention, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(requestHash);
        var now = time.GetUtcNow();
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        // A key past its retention is forgotten, as if never used.
        await session.ExecuteAsync(
            "DELETE FROM idempotency_keys WHERE tenant_id = @tenant AND key = @key AND expires_at <= @now",
            cancellationToken, ("tenant", tenantId), ("key", key), ("now", now)).ConfigureAwait(false);
        var inserted = await session.ExecuteAsync(
            """
            INSERT INTO idempotency_keys (tenant_id, key, request_hash, status, locked_until, created_at, expires_at)
            VALUES (@tenant, @key, @hash, 'pending', @lockedUntil, @now, @expires)
            ON CONFLICT (tenant_id, key) DO NOTHING
            """,
            cancellationToken,
            ("tenant", tenantId), ("key", key), ("hash", requestHash), ("lockedUntil", now + lockFor), ("now", now), ("expires", now + retention))
            .ConfigureAwait(false);
        var result = inserted == 1
            ? new IdempotencyReservation.Reserved()
            : await ExistingAsync(session, tenantId, key, requestHash, now, now + lockFor, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Stores the response of the reserved request; false when the key is not pending (any more).</summary>
    public async Task<bool> CompleteAsync(Guid tenantId, string key, StoredResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE idempotency_keys SET status = 'completed', response_status = @status, response_content_type = @contentType,
                response_location = @location, response_body = @body
            WHERE tenant_id = @tenant AND key = @key AND status = 'pending'
            """,
            cancellationToken,
            ("status", response.StatusCode), ("contentType", response.ContentType), ("location", response.Location), ("body", response.Body),
            ("tenant", tenantId), ("key", key)).ConfigureAwait(false) == 1;
    }

    /// <summary>Forgets a pending reservation (the request failed before any effect), so the client may retry.</summary>
    public async Task<bool> ReleaseAsync(Guid tenantId, string key, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            "DELETE FROM idempotency_keys WHERE tenant_id = @tenant AND key = @key AND status = 'pending'",
            cancellationToken, ("tenant", tenantId), ("key", key)).ConfigureAwait(false) == 1;
    }

    /// <summary>Deletes keys past their retention; returns how many.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            "DELETE FROM idempotency_keys WHERE expires_at <= @now", cancellationToken, ("now", time.GetUtcNow())).ConfigureAwait(false);
    }

    private static async Task<IdempotencyReservation> ExistingAsync(
        SqlSession session, Guid tenantId, string key, string requestHash, DateTimeOffset now, DateTimeOffset lockedUntil, CancellationToken cancellationToken)
    {
        var existing = await session.QuerySingleAsync(
            """
            SELECT request_hash, status, locked_until, response_status, response_content_type, response_location, response_body
            FROM idempotency_keys WHERE tenant_id = @tenant AND key = @key
            """,
            row => new Existing(
                row.String("request_hash"),
                row.String("status"),
                row.Time("locked_until"),
                row.IsNull("response_status") ? null : new StoredResponse(
                    row.Int("response_status"), row.String("response_content_type"), row.NullableString("response_location"), row.Bytes("response_body"))),
            cancellationToken, ("tenant", tenantId), ("key", key)).ConfigureAwait(false)
            ?? throw new InvalidOperationException("the idempotency key vanished inside its transaction");
        if (existing.RequestHash != requestHash) return new IdempotencyReservation.Mismatch();
        if (existing.Response is not null) return new IdempotencyReservation.Replay(existing.Response);
        if (existing.LockedUntil > now) return new IdempotencyReservation.InProgress();

        // The holder's lease ended without a response (its node died): take the key over.
        var taken = await session.ExecuteAsync(
            "UPDATE idempotency_keys SET locked_until = @lockedUntil WHERE tenant_id = @tenant AND key = @key AND status = 'pending' AND locked_until <= @now",
            cancellationToken, ("lockedUntil", lockedUntil), ("tenant", tenantId), ("key", key), ("now", now)).ConfigureAwait(false);
        return taken == 1 ? new IdempotencyReservation.Reserved() : new IdempotencyReservation.InProgress();
    }

    private sealed record Existing(string RequestHash, string Status, DateTimeOffset LockedUntil, StoredResponse? Response);
}
