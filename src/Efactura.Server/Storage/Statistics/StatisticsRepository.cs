using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Webhooks;

namespace Efactura.Server.Storage.Statistics;

/// <summary>Aggregates for monitoring: a handful of GROUP BY queries, never a row's content.</summary>
public sealed class StatisticsRepository(Database database)
{
    /// <summary>The counts now; quota windows that started at or after <paramref name="quotaWindowsSince"/>.</summary>
    public async Task<GatewayStatistics> ReadAsync(DateTimeOffset quotaWindowsSince, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var invoices = Enum.GetValues<InvoiceState>().ToDictionary(s => s, _ => 0L);
        foreach (var (state, count) in await session.QueryAsync(
                     "SELECT state, COUNT(*) AS n FROM invoices GROUP BY state", row => (row.Enum<InvoiceState>("state"), row.Long("n")), cancellationToken)
                     .ConfigureAwait(false))
            invoices[state] = count;

        var deliveries = Enum.GetValues<DeliveryStatus>().ToDictionary(s => s, _ => 0L);
        var failedAttempts = 0L;
        foreach (var (status, count, attempts) in await session.QueryAsync(
                     "SELECT status, COUNT(*) AS n, COALESCE(SUM(attempts), 0) AS attempts FROM webhook_deliveries GROUP BY status",
                     row => (row.Enum<DeliveryStatus>("status"), row.Long("n"), row.Long("attempts")), cancellationToken).ConfigureAwait(false))
        {
            deliveries[status] = count;
            // A delivered one's attempts include the one that succeeded; pending and dead ones only failed so far.
            if (status != DeliveryStatus.Delivered) failedAttempts += attempts;
        }

        var downloads = Convert.ToInt64(
            await session.ScalarAsync("SELECT COUNT(*) FROM spv_messages WHERE next_attempt_at IS NOT NULL", cancellationToken).ConfigureAwait(false) ?? 0L,
            System.Globalization.CultureInfo.InvariantCulture);

        var quotas = await QuotasAsync(session, quotaWindowsSince, cancellationToken).ConfigureAwait(false);
        var expiring = Convert.ToInt64(
            await session.ScalarAsync(
                "SELECT COUNT(*) FROM spv_messages m WHERE m.downloaded_at IS NULL " +
                "AND EXISTS (SELECT 1 FROM notices n WHERE n.subject_id = m.id AND n.kind = @kind AND n.period = '')",
                cancellationToken, ("kind", Incoming.ExpiringMessageRepository.NoticeKind)).ConfigureAwait(false) ?? 0L,
            System.Globalization.CultureInfo.InvariantCulture);
        return new GatewayStatistics(invoices, deliveries, failedAttempts, downloads, quotas) { ExpiringDownloads = expiring };
    }

    /// <summary>ANAF quota use by kind in the windows that started at or after <paramref name="windowsSince"/> (the dashboard's "today").</summary>
    public async Task<IReadOnlyList<QuotaUse>> QuotasAsync(DateTimeOffset windowsSince, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await QuotasAsync(session, windowsSince, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<QuotaUse>> QuotasAsync(SqlSession session, DateTimeOffset windowsSince, CancellationToken cancellationToken) =>
        (await session.QueryAsync(
                "SELECT scope, used FROM quota_counters WHERE window_start >= @since",
                row => (Scope: row.String("scope"), Used: row.Long("used")), cancellationToken, ("since", windowsSince)).ConfigureAwait(false))
            .GroupBy(c => QuotaKind(c.Scope), StringComparer.Ordinal)
            .Select(g => new QuotaUse(g.Key, g.Sum(c => c.Used), g.Max(c => c.Used)))
            .OrderBy(q => q.Quota, StringComparer.Ordinal)
            .ToList();

    /// <summary>The ANAF environments the companies use.</summary>
    public async Task<IReadOnlyList<AnafEnvironment>> CompanyEnvironmentsAsync(CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(
            "SELECT DISTINCT environment FROM companies", row => row.Enum<AnafEnvironment>("environment"), cancellationToken).ConfigureAwait(false);
    }

    private static string QuotaKind(string scope)
    {
        var colon = scope.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? scope : scope[..colon];
    }
}
