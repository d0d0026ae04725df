using Efactura.Server.Storage.Webhooks;

namespace Efactura.Server.Api.Webhooks;

/// <summary>One event's delivery to a webhook.</summary>
/// <param name="Id">Its id (for redelivery).</param>
/// <param name="EventId">The event sent (the body's <c>id</c>).</param>
/// <param name="Status"><c>pending</c>, <c>delivered</c>, or <c>dead</c> (retries ran out after 24 h).</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="NextAttemptAt">When it is next tried, while pending.</param>
/// <param name="LastStatusCode">The receiver's last HTTP status.</param>
/// <param name="LastError">The last failure.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="DeliveredAt">When the receiver acknowledged it.</param>
/// <param name="EventType">The event's type, e.g. <c>invoice.accepted</c>.</param>
public sealed record DeliveryResponse(
    long Id, long EventId, DeliveryStatus Status, int Attempts, DateTimeOffset? NextAttemptAt, int? LastStatusCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, string? EventType = null)
{
    /// <summary>The API shape of <paramref name="delivery"/>.</summary>
    public static DeliveryResponse From(WebhookDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return new(delivery.Id, delivery.EventId, delivery.Status, delivery.Attempts, delivery.NextAttemptAt, delivery.LastStatusCode,
            delivery.LastError, delivery.CreatedAt, delivery.DeliveredAt, delivery.EventType);
    }
}
