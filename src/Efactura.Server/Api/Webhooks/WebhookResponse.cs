using Efactura.Server.Storage.Webhooks;

namespace Efactura.Server.Api.Webhooks;

/// <summary>A webhook subscription.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Url">Where events are posted.</param>
/// <param name="Events">The subscribed event types.</param>
/// <param name="Active">False once deleted: no new deliveries, past ones stay visible.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="Secret">
/// The signing secret, only in the answer that created the subscription (it is stored encrypted and never shown
/// again). Verify the <c>Efactura-Signature</c> header with it: <c>t=</c> the Unix time, <c>v1=</c> the hex HMAC-SHA256 of "t.body".
/// </param>
public sealed record WebhookResponse(Guid Id, Uri Url, IReadOnlyList<string> Events, bool Active, DateTimeOffset CreatedAt, string? Secret = null)
{
    /// <summary>The API shape of <paramref name="subscription"/>, without the secret.</summary>
    public static WebhookResponse From(WebhookSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new(subscription.Id, subscription.Url, subscription.Events, subscription.Active, subscription.CreatedAt);
    }

    /// <summary>Leaves the secret out.</summary>
    public override string ToString() => $"WebhookResponse {{ Id = {Id}, Url = {Url} }}";
}
