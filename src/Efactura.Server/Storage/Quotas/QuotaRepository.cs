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

    /// <summary>How many calls the window has used.</summary>
    public async Task<int> GetUsedAsync(string scope, DateTimeOffset windowStart, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var used = await session.ScalarAsync(
            "SELECT used FROM quota_counters WHERE scope = @scope AND window_start = @window",
            cancellationToken, ("scope", scope), ("window", windowStart)).ConfigureAwait(false);
        return used is null ? 0 : Convert.ToInt32(used, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Deletes windows that started before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> DeleteBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            "DELETE FROM quota_counters WHERE window_start < @before", cancellationToken, ("before", before)).ConfigureAwait(false);
    }
}
