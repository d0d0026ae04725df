namespace Efactura.Server.Storage.Quotas;

/// <summary>
/// Quota counters shared by every node (DESIGN §5: ANAF's limits are per application, per message, per CUI).
/// A counter is a scope (e.g. <c>stareMesaj:&lt;index&gt;</c>) and a window start (the minute or the day, UTC);
/// consuming is one atomic statement that never lets the count pass the limit.
/// </summary>
public sealed class QuotaRepository(Database database)
{
    /// <summary>
    /// Takes <paramref name="amount"/> calls from the window's quota if that keeps it within
    /// <paramref name="limit"/>; false (and nothing taken) otherwise.
    /// </summary>
    public async Task<bool> TryConsumeAsync(string scope, DateTimeOffset windowStart, int limit, int amount, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, 1);
        if (amount > limit) return false;
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var used = await session.ScalarAsync(
            """
            INSERT INTO quota_counters (scope, window_start, used) VALUES (@scope, @window, @amount)
            ON CONFLICT (scope, window_start) DO UPDATE SET used = quota_counters.used + excluded.used
            WHERE quota_counters.used + excluded.used <= @limit
            RETURNING used
            """,
            cancellationToken, ("scope", scope), ("window", windowStart), ("amount", amount), ("limit", limit)).ConfigureAwait(false);
        return used is not null;
    }

    /// <summary>
    /// Takes <paramref name="amount"/> calls into the bucket starting at <paramref name="bucketStart"/> if the scope's
    /// buckets that started in [<paramref name="spanStart"/>, <paramref name="bucketStart"/>] keep their sum within
    /// <paramref name="limit"/>; false (and nothing taken) otherwise. Small buckets summed over a span make a sliding
    /// window, so no burst at a window's edge doubles the rate. One statement: on PostgreSQL the bucket's row lock
    /// orders concurrent takers, and the earlier buckets no longer change.
    /// </summary>
    public async Task<bool> TryConsumeInSpanAsync(string scope, DateTimeOffset bucketStart, DateTimeOffset spanStart, int limit, int amount, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(spanStart, bucketStart);
        if (amount > limit) return false;
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var used = await session.ScalarAsync(
            """
            INSERT INTO quota_counters (scope, window_start, used)
            SELECT @scope, @window, @amount
            WHERE COALESCE((SELECT SUM(e.used) FROM quota_counters e WHERE e.scope = @scope AND e.window_start >= @span AND e.window_start < @window), 0)
                + @amount <= @limit
            ON CONFLICT (scope, window_start) DO UPDATE SET used = quota_counters.used + excluded.used
            WHERE quota_counters.used + excluded.used
                + COALESCE((SELECT SUM(e.used) FROM quota_counters e WHERE e.scope = @scope AND e.window_start >= @span AND e.window_start < @window), 0) <= @limit
            RETURNING used
            """,
            cancellationToken, ("scope", scope), ("window", bucketStart), ("span", spanStart), ("amount", amount), ("limit", limit)).ConfigureAwait(false);
        return used is not null;
    }

    /// <summary>How many calls the scope's buckets that started in [<paramref name="from"/>, <paramref name="to"/>] used.</summary>
    public async Task<int> GetUsedInSpanAsync(string scope, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var used = await session.ScalarAsync(
            "SELECT SUM(used) FROM quota_counters WHERE scope = @scope AND window_start >= @from AND window_start <= @to",
            cancellationToken, ("scope", scope), ("from", from), ("to", to)).ConfigureAwait(false);
        return used is null ? 0 : Convert.ToInt32(used, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>How many calls the window has used.</summary>
    public async Task<int> GetUsedAsync(string scope, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var used = await session.ScalarAsync(
            "SELECT used FROM quota_counters WHERE scope = @scope AND window_start = @window",
            cancellationToken, ("scope", scope), ("window", windowStart)).ConfigureAwait(false);
        return used is null ? 0 : Convert.ToInt32(used, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Deletes the windows of <paramref name="scope"/> that started before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> DeleteBeforeAsync(string scope, DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            "DELETE FROM quota_counters WHERE scope = @scope AND window_start < @before", cancellationToken, ("scope", scope), ("before", before)).ConfigureAwait(false);
    }

    /// <summary>Deletes windows that started before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            "DELETE FROM quota_counters WHERE window_start < @before", cancellationToken, ("before", before)).ConfigureAwait(false);
    }
}
