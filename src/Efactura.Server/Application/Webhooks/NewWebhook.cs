using Efactura.Server.Storage.Webhooks;

namespace Efactura.Server.Application.Webhooks;

/// <summary>
/// A subscription just made, with its signing secret: the only moment the secret is shown (it is stored encrypted and
/// never shown again). <see cref="ToString"/> leaves the secret out.
/// </summary>
/// <param name="Subscription">The subscription.</param>
/// <param name="Secret">Its signing secret.</param>
public sealed record NewWebhook(WebhookSubscription Subscription, string Secret)
{
    /// <summary>Leaves the secret out.</summary>
    public override string ToString() => $"NewWebhook {{ Id = {Subscription.Id}, Url = {Subscription.Url} }}";
}
