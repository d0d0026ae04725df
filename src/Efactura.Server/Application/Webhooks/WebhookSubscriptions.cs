using System.Buffers.Text;
using System.Security.Cryptography;
using Efactura.Core.Json;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Webhooks;
using Efactura.Server.Workers.Webhooks;

namespace Efactura.Server.Application.Webhooks;

/// <summary>
/// A tenant's webhooks (DESIGN §4.4), for the API and the dashboard alike: subscribe (the address, the events and the
/// secret judged here, the target checked by <see cref="WebhookTargets"/>), list, delete (deactivate), see the
/// deliveries, redeliver one.
/// </summary>
public sealed class WebhookSubscriptions(WebhookRepository webhooks, WebhookTargets targets)
{
    /// <summary>The shortest secret accepted from a client: 16 characters.</summary>
    public const int MinSecretLength = 16;

    /// <summary>The <see cref="Refusal.Invalid.Reason"/> of a subscription that breaks a rule.</summary>
    public const string InvalidReason = "invalid-webhook";

    /// <summary>The <see cref="Refusal.Conflict.Reason"/> of a redelivery to a deleted subscription.</summary>
    public const string SubscriptionDeletedReason = "subscription-deleted";

    /// <summary>The event types a subscription may name, sorted.</summary>
    public static IReadOnlyList<string> EventTypes { get; } = [.. Storage.Events.EventTypes.Subscribable.Order(StringComparer.Ordinal)];

    /// <summary>Subscribes <paramref name="spec"/>'s address to its events, with its secret or a generated one.</summary>
    public async Task<Outcome<NewWebhook>> SubscribeAsync(Guid tenantId, WebhookSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (Judge(spec) is { } invalid) return invalid;
        var url = new Uri(spec.Url!);
        if (await targets.RefusalAsync(url, cancellationToken).ConfigureAwait(false) is { } refusal)
            return Invalid("/url", refusal, "Name a public address, or ask the operator to allow the host.");
        var secret = spec.Secret ?? NewSecret();
        var subscription = await webhooks.SubscribeAsync(tenantId, url, secret, [.. spec.Events!.Select(e => e!)], cancellationToken).ConfigureAwait(false);
        return new NewWebhook(subscription, secret);
    }

    /// <summary>The tenant's subscriptions, oldest first.</summary>
    public Task<IReadOnlyList<WebhookSubscription>> ListAsync(Guid tenantId, CancellationToken cancellationToken) =>
        webhooks.ListSubscriptionsAsync(tenantId, cancellationToken);

    /// <summary>The tenant's subscription, or null.</summary>
    public async Task<WebhookSubscription?> GetAsync(Guid tenantId, Guid subscriptionId, CancellationToken cancellationToken) =>
        (await webhooks.ListSubscriptionsAsync(tenantId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Id == subscriptionId);

    /// <summary>Each subscription's newest delivery (a subscription with none is absent).</summary>
    public Task<IReadOnlyDictionary<Guid, WebhookDelivery>> LatestDeliveriesAsync(Guid tenantId, CancellationToken cancellationToken) =>
        webhooks.LatestDeliveriesAsync(tenantId, cancellationToken);

    /// <summary>
    /// The subscription's deliveries, newest first; <see cref="Refusal.Missing"/> when the tenant has no such
    /// subscription. A cursor that is not one of ours throws <see cref="InvalidCursorException"/>.
    /// </summary>
    public async Task<Outcome<Page<WebhookDelivery>>> DeliveriesAsync(Guid tenantId, Guid subscriptionId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (await GetAsync(tenantId, subscriptionId, cancellationToken).ConfigureAwait(false) is null)
            return new Refusal.Missing($"There is no webhook {subscriptionId}.");
        return await webhooks.ListDeliveriesAsync(tenantId, subscriptionId, page, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes (deactivates) the subscription: no new deliveries, its pending ones cancelled, past ones kept visible.
    /// Null when done; <see cref="Refusal.Missing"/> when the tenant has no such active subscription.
    /// </summary>
    public async Task<Refusal?> DeactivateAsync(Guid tenantId, Guid subscriptionId, CancellationToken cancellationToken) =>
        await webhooks.DeactivateAsync(tenantId, subscriptionId, cancellationToken).ConfigureAwait(false)
            ? null
            : new Refusal.Missing($"There is no active webhook {subscriptionId}.");

    /// <summary>
    /// Queues a delivery again, due now (also a dead-lettered one). Null when queued; <see cref="Refusal.Missing"/> when
    /// the tenant has no such delivery, <see cref="Refusal.Conflict"/> (<see cref="SubscriptionDeletedReason"/>) when
    /// its subscription was deleted.
    /// </summary>
    public async Task<Refusal?> RedeliverAsync(Guid tenantId, long deliveryId, CancellationToken cancellationToken) =>
        await webhooks.RedeliverAsync(tenantId, deliveryId, cancellationToken).ConfigureAwait(false) switch
        {
            Redelivery.Queued => null,
            Redelivery.SubscriptionDeleted => new Refusal.Conflict(SubscriptionDeletedReason,
                $"Webhook delivery {deliveryId} belongs to a deleted subscription; nothing is sent to it any more."),
            _ => new Refusal.Missing($"There is no webhook delivery {deliveryId}."),
        };

    // The address, the events and the secret, in that order: the first rule broken.
    private static Refusal.Invalid? Judge(WebhookSpec spec)
    {
        var known = string.Join(", ", EventTypes);
        if (!Uri.TryCreate(spec.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return Invalid("/url", "url must be an absolute http or https address.", "Send e.g. https://erp.example.ro/efactura/events.");
        if (spec.Events is not { Count: > 0 } events)
            return Invalid("/events", $"events must name at least one of: {known}.", "Name the events the receiver handles.");
        var unknown = events.Where(e => e is null || !Storage.Events.EventTypes.Subscribable.Contains(e)).ToList();
        if (unknown.Count > 0)
            return Invalid("/events", $"Unknown event type(s) {string.Join(", ", unknown.Select(e => $"'{e}'"))}; known: {known}.", $"Name only these: {known}.");
        if (spec.Secret is { } secret && secret.Trim().Length < MinSecretLength)
            return Invalid("/secret", $"secret must have at least {MinSecretLength} characters (or leave it out to get a generated one).",
                "Send a longer secret, or none.");
        return null;
    }

    private static Refusal.Invalid Invalid(string pointer, string detail, string fix) =>
        new(InvalidReason, "The webhook is not valid", detail, [FieldFinding.Fatal(JsonErrorCodes.Format, pointer, detail, fix)]);

    // 256 random bits: as strong as the HMAC-SHA256 key can use.
    private static string NewSecret() => "whsec_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
