namespace Efactura.Server.Storage.Webhooks;

/// <summary>Where a webhook delivery is.</summary>
public enum DeliveryStatus
{
    /// <summary>Not yet delivered; due at its next attempt time.</summary>
    Pending,

    /// <summary>The endpoint answered 2xx.</summary>
    Delivered,

    /// <summary>Retries ran out (24 h, DESIGN §4.4): dead-lettered, visible, redeliverable.</summary>
    Dead,
}
