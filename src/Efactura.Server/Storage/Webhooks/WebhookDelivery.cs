namespace Efactura.Server.Storage.Webhooks;

/// <summary>One event's delivery to one subscription.</summary>
/// <param name="Id">Its id.</param>
/// <param name="TenantId">Whose it is.</param>
/// <param name="SubscriptionId">The endpoint.</param>
/// <param name="EventId">The event.</param>
/// <param name="Status">Where it is.</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="NextAttemptAt">When it is next due, while pending.</param>
/// <param name="LastStatusCode">The last HTTP status received, if any.</param>
/// <param name="LastError">The last failure, if any.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="DeliveredAt">When it was delivered.</param>
/// <param name="EventType">The event's type, where the query read it (lists), else null.</param>
public sealed record WebhookDelivery(
    long Id,
    Guid TenantId,
    Guid SubscriptionId,
    long EventId,
    DeliveryStatus Status,
    int Attempts,
    DateTimeOffset? NextAttemptAt,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveredAt,
    string? EventType = null);
