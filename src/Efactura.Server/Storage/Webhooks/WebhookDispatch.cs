using Efactura.Server.Storage.Events;

namespace Efactura.Server.Storage.Webhooks;

/// <summary>A claimed delivery with all the dispatcher needs to send and sign it.</summary>
/// <param name="Delivery">The delivery.</param>
/// <param name="Event">The event to send.</param>
/// <param name="Url">The endpoint.</param>
/// <param name="Secret">The decrypted signing secret (for <c>Efactura-Signature</c>; never log it).</param>
public sealed record WebhookDispatch(WebhookDelivery Delivery, StoredEvent Event, Uri Url, string Secret)
{
    /// <summary>Leaves the secret out.</summary>
    public override string ToString() => $"WebhookDispatch {{ Delivery = {Delivery.Id}, Event = {Event.Id}, Url = {Url} }}";
}
