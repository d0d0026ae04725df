using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Webhooks;

namespace Efactura.Server.Storage.Statistics;

/// <summary>Counts read from the database for <c>/metrics</c>, across tenants (numbers only, no content).</summary>
/// <param name="InvoicesByState">Invoices per state; every state is present (0 when none).</param>
/// <param name="DeliveriesByStatus">Webhook deliveries per status; every status is present.</param>
/// <param name="FailedDeliveryAttempts">Failed attempts of deliveries not (yet) delivered: pending retries and dead ones.</param>
/// <param name="PendingDownloads">ANAF messages waiting to be downloaded (received invoices).</param>
/// <param name="Quotas">ANAF quota use by kind.</param>
public sealed record GatewayStatistics(
    IReadOnlyDictionary<InvoiceState, long> InvoicesByState,
    IReadOnlyDictionary<DeliveryStatus, long> DeliveriesByStatus,
    long FailedDeliveryAttempts,
    long PendingDownloads,
    IReadOnlyList<QuotaUse> Quotas)
{
    /// <summary>Received invoices warned as expiring (<c>incoming.expiring</c>) and still not downloaded.</summary>
    public long ExpiringDownloads { get; init; }
}
