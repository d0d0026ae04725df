namespace Efactura.Server.Storage.Webhooks;

/// <summary>What asking to redeliver a webhook delivery did (<see cref="WebhookRepository.RedeliverAsync"/>).</summary>
public enum Redelivery
{
    /// <summary>Queued again, due now.</summary>
    Queued,

    /// <summary>The tenant has no such delivery.</summary>
    NotFound,

    /// <summary>Its subscription was deleted: nothing is sent to it any more.</summary>
    SubscriptionDeleted,
}
