using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Secrets;

namespace Efactura.Server.Storage.Webhooks;

/// <summary>
/// Webhook subscriptions and deliveries. Deliveries are queued with their event (<see cref="EventRepository"/>)
/// and claimed by the dispatcher like any other due work.
/// </summary>
public sealed class WebhookRepository(Database database, SecretProtector protector, TimeProvider time)
{
    private const string DeliveryColumns =
        "id, tenant_id, subscription_id, event_id, status, attempts, next_attempt_at, last_status_code, last_error, created_at, delivered_at";

    private static readonly string QualifiedDeliveryColumns = string.Join(", ", DeliveryColumns.Split(", ").Select(c => "d." + c));

    /// <summary>Subscribes <paramref name="url"/> to <paramref name="events"/> (each one of <see cref="EventTypes.Subscribable"/>).</summary>
    public async Task<WebhookSubscription> SubscribeAsync(
        Guid tenantId, Uri url, string secret, IReadOnlyCollection<string> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0) throw new ArgumentException("subscribe to at least one event", nameof(events));
        var unknown = events.FirstOrDefault(e => !EventTypes.Subscribable.Contains(e));
        if (unknown is not null) throw new ArgumentException($"'{unknown}' is not an event type webhooks can subscribe to", nameof(events));

        var subscription = new WebhookSubscription(
            StorageIds.New(time), tenantId, url, events.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), true,
            SqlDialect.ToMicroseconds(time.GetUtcNow()));
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            "INSERT INTO webhook_subscriptions (id, tenant_id, url, secret, active, created_at) VALUES (@id, @tenant, @url, @secret, @active, @now)",
            cancellationToken,
            ("id", subscription.Id), ("tenant", tenantId), ("url", url.AbsoluteUri), ("secret", protector.Protect(secret, SecretPurpose(subscription.Id))),
            ("active", true), ("now", subscription.CreatedAt)).ConfigureAwait(false);
        foreach (var type in subscription.Events)
        {
            await session.ExecuteAsync(
                "INSERT INTO webhook_subscription_events (subscription_id, event_type) VALUES (@id, @type)",
                cancellationToken, ("id", subscription.Id), ("type", type)).ConfigureAwait(false);
        }
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return subscription;
    }

    /// <summary>The tenant's subscriptions, oldest first.</summary>
    public async Task<IReadOnlyList<WebhookSubscription>> ListSubscriptionsAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            """
            SELECT s.id, s.tenant_id, s.url, s.active, s.created_at, e.event_type
            FROM webhook_subscriptions s JOIN webhook_subscription_events e ON e.subscription_id = s.id
            WHERE s.tenant_id = @tenant ORDER BY s.id, e.event_type
            """,
            row => (Subscription: new WebhookSubscription(row.Guid("id"), row.Guid("tenant_id"), new Uri(row.String("url")), [], row.Bool("active"), row.Time("created_at")),
                Event: row.String("event_type")),
            cancellationToken, ("tenant", tenantId)).ConfigureAwait(false);
        return rows.GroupBy(r => r.Subscription.Id)
            .Select(g => g.First().Subscription with { Events = g.Select(r => r.Event).ToList() })
            .ToList();
    }

    /// <summary>The <see cref="WebhookDelivery.LastError"/> of a delivery cancelled because its subscription was deleted.</summary>
    public const string CancelledError = "cancelled: the subscription was deleted";

    /// <summary>
    /// Stops the subscription: no new deliveries, and its pending ones are cancelled (dead, with
    /// <see cref="CancelledError"/>; one being sent at that moment is not retried). False when the tenant has no such
    /// active subscription.
    /// </summary>
    public async Task<bool> DeactivateAsync(Guid tenantId, Guid subscriptionId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        if (await session.ExecuteAsync(
                "UPDATE webhook_subscriptions SET active = @inactive WHERE tenant_id = @tenant AND id = @id AND active",
                cancellationToken, ("inactive", false), ("tenant", tenantId), ("id", subscriptionId)).ConfigureAwait(false) != 1)
            return false;
        await session.ExecuteAsync(
            "UPDATE webhook_deliveries SET status = @dead, next_attempt_at = NULL, last_error = @error WHERE tenant_id = @tenant AND subscription_id = @id AND status = @pending",
            cancellationToken, ("dead", DeliveryStatus.Dead), ("error", CancelledError), ("tenant", tenantId), ("id", subscriptionId), ("pending", DeliveryStatus.Pending))
            .ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The subscription's deliveries, newest first.</summary>
    public async Task<Page<WebhookDelivery>> ListDeliveriesAsync(Guid tenantId, Guid subscriptionId, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var args = new List<SqlArg> { ("tenant", tenantId), ("subscription", subscriptionId), ("limit", page.EffectiveLimit + 1) };
        var after = "";
        if (page.Cursor is not null)
        {
            after = " AND d.id < @cursor";
            args.Add(("cursor", Cursor.ToLong(page.Cursor)));
        }
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            $"""
            SELECT {QualifiedDeliveryColumns}, e.type FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
            WHERE d.tenant_id = @tenant AND d.subscription_id = @subscription{after}
            ORDER BY d.id DESC LIMIT @limit
            """,
            ReadListedDelivery, cancellationToken, [.. args]).ConfigureAwait(false);
        return Paging.Cut(rows, page.EffectiveLimit, d => Cursor.From(d.Id));
    }

    /// <summary>Each of the tenant's subscriptions' newest delivery, with its event type (a subscription with none is absent).</summary>
    public async Task<IReadOnlyDictionary<Guid, WebhookDelivery>> LatestDeliveriesAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var rows = await session.QueryAsync(
            $"""
            SELECT {QualifiedDeliveryColumns}, e.type FROM webhook_deliveries d JOIN events e ON e.id = d.event_id
            WHERE d.tenant_id = @tenant AND d.id IN (SELECT MAX(id) FROM webhook_deliveries WHERE tenant_id = @tenant GROUP BY subscription_id)
            """,
            ReadListedDelivery, cancellationToken, ("tenant", tenantId)).ConfigureAwait(false);
        return rows.ToDictionary(d => d.SubscriptionId);
    }

    /// <summary>
    /// Queues a delivered or dead delivery of an active subscription again, due now: <see cref="Redelivery.Queued"/>;
    /// <see cref="Redelivery.NotFound"/> when the tenant has no such delivery, <see cref="Redelivery.SubscriptionDeleted"/>
    /// when its subscription was deleted (nothing is sent to a deleted subscription).
    /// </summary>
    public async Task<Redelivery> RedeliverAsync(Guid tenantId, long deliveryId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var active = await session.QueryAsync(
            "SELECT s.active FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id WHERE d.tenant_id = @tenant AND d.id = @id",
            row => row.Bool("active"), cancellationToken, ("tenant", tenantId), ("id", deliveryId)).ConfigureAwait(false);
        if (active.Count == 0) return Redelivery.NotFound;
        if (!active[0]) return Redelivery.SubscriptionDeleted;
        await session.ExecuteAsync(
            "UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = @now, attempts = 0 WHERE tenant_id = @tenant AND id = @id",
            cancellationToken, ("now", time.GetUtcNow()), ("tenant", tenantId), ("id", deliveryId)).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Redelivery.Queued;
    }

    /// <summary>
    /// Claims up to <paramref name="max"/> due pending deliveries of active subscriptions (across tenants, oldest due
    /// first) with their event, endpoint and secret, but no more than <paramref name="perTenant"/> held at once per
    /// tenant, counting the tenant's deliveries already claimed and not yet finished (by any node): a tenant whose
    /// endpoints hang fills its own share only, and the others' deliveries are still claimed.
    /// </summary>
    public async Task<IReadOnlyList<WebhookDispatch>> ClaimDueAsync(string claimer, TimeSpan lease, int max, CancellationToken cancellationToken, int perTenant = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perTenant, 1);
        var args = ClaimSql.Args(claimer, time.GetUtcNow(), lease, max);
        args.Add(("perTenant", perTenant));
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var claimed = await session.QueryAsync(
            ClaimSql.Build(session.Dialect, "webhook_deliveries", "id", FairDue, "next_attempt_at, id", "id"),
            row => row.Long("id"), cancellationToken, [.. args]).ConfigureAwait(false);
        var dispatches = new List<WebhookDispatch>(claimed.Count);
        foreach (var id in claimed.Order())
        {
            dispatches.Add((await session.QuerySingleAsync(
                $"""
                SELECT {QualifiedDeliveryColumns},
                    s.url, s.secret, e.type, e.subject_id, e.company_id, e.from_state, e.to_state, e.data, e.created_at AS event_created_at
                FROM webhook_deliveries d
                JOIN webhook_subscriptions s ON s.id = d.subscription_id
                JOIN events e ON e.id = d.event_id
                WHERE d.id = @id
                """,
                row =>
                {
                    var delivery = ReadDelivery(row);
                    var stored = new StoredEvent(delivery.EventId, delivery.TenantId, row.String("type"), row.NullableGuid("subject_id"), row.NullableGuid("company_id"),
                        row.NullableString("from_state"), row.NullableString("to_state"), row.String("data"), row.Time("event_created_at"));
                    return new WebhookDispatch(delivery, stored, new Uri(row.String("url")), protector.Unprotect(row.Bytes("secret"), SecretPurpose(delivery.SubscriptionId)));
                },
                cancellationToken, ("id", id)).ConfigureAwait(false))!);
        }
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return dispatches;
    }

    /// <summary>Records a 2xx answer and releases the claim; false when the claim was lost.</summary>
    public async Task<bool> MarkDeliveredAsync(long deliveryId, string claimer, int statusCode, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, last_status_code = @code, last_error = NULL,
                delivered_at = @now, next_attempt_at = NULL, claimed_by = NULL, claimed_until = NULL
            WHERE id = @id AND claimed_by = @claimer
            """,
            cancellationToken, ("code", statusCode), ("now", time.GetUtcNow()), ("id", deliveryId), ("claimer", claimer)).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Records a failed attempt and releases the claim: due again at <paramref name="retryAt"/>, or dead-lettered
    /// when it is null. False when the claim was lost.
    /// </summary>
    public async Task<bool> MarkFailedAsync(long deliveryId, string claimer, int? statusCode, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE webhook_deliveries SET status = @status, attempts = attempts + 1, last_status_code = @code, last_error = @error,
                next_attempt_at = @retryAt, claimed_by = NULL, claimed_until = NULL
            WHERE id = @id AND claimed_by = @claimer AND status = 'pending'
            """,
            cancellationToken,
            ("status", retryAt is null ? DeliveryStatus.Dead : DeliveryStatus.Pending), ("code", statusCode), ("error", error), ("retryAt", retryAt),
            ("id", deliveryId), ("claimer", claimer)).ConfigureAwait(false) == 1;
    }

    // Due, of an active subscription, and within the tenant's share: its due rows ranked oldest first, plus the rows it
    // already holds (claimed, lease running), may not pass @perTenant.
    private const string FairDue =
        """
        status = 'pending' AND next_attempt_at <= @now
        AND subscription_id IN (SELECT id FROM webhook_subscriptions WHERE active)
        AND id IN (
            SELECT ranked.id FROM (
                SELECT d.id, d.tenant_id, ROW_NUMBER() OVER (PARTITION BY d.tenant_id ORDER BY d.next_attempt_at, d.id) AS position
                FROM webhook_deliveries d
                WHERE d.status = 'pending' AND d.next_attempt_at <= @now AND (d.claimed_until IS NULL OR d.claimed_until <= @now)
            ) ranked
            WHERE ranked.position + (
                SELECT COUNT(*) FROM webhook_deliveries held
                WHERE held.tenant_id = ranked.tenant_id AND held.status = 'pending' AND held.claimed_until > @now) <= @perTenant)
        """;

    private static string SecretPurpose(Guid subscriptionId) => $"webhook-secret:{subscriptionId:D}";

    private static WebhookDelivery ReadListedDelivery(SqlRow row) => ReadDelivery(row) with { EventType = row.String("type") };

    private static WebhookDelivery ReadDelivery(SqlRow row) => new(
        row.Long("id"),
        row.Guid("tenant_id"),
        row.Guid("subscription_id"),
        row.Long("event_id"),
        row.Enum<DeliveryStatus>("status"),
        row.Int("attempts"),
        row.NullableTime("next_attempt_at"),
        row.NullableInt("last_status_code"),
        row.NullableString("last_error"),
        row.Time("created_at"),
        row.NullableTime("delivered_at"));
}
