using Efactura.Server.Storage;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Webhooks;

namespace Efactura.Server.Tests.Storage.Webhooks;

public class WebhookRepositoryTests(PostgresServer postgres)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_subscribed_transition_queues_one_delivery_with_the_decrypted_secret(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var subscription = await db.Webhooks.SubscribeAsync(tenant.Id, new Uri("https://erp.example/hooks"), "whsec-1", [EventTypes.InvoiceSubmitted], Token);
        var invoice = await Seed.QueuedInvoiceAsync(db, company, "INV-1");
        await db.Invoices.TransitionAsync(new InvoiceTransition(tenant.Id, invoice.Id, InvoiceState.Queued, InvoiceState.Uploading), Token);
        await db.Invoices.TransitionAsync(new InvoiceTransition(tenant.Id, invoice.Id, InvoiceState.Uploading, InvoiceState.Submitted) { IndexIncarcare = "42" }, Token);

        var claimed = await db.Webhooks.ClaimDueAsync("dispatcher", Lease, 10, Token);

        var dispatch = claimed.ShouldHaveSingleItem();
        dispatch.Event.Type.ShouldBe(EventTypes.InvoiceSubmitted);
        dispatch.Event.SubjectId.ShouldBe(invoice.Id);
        dispatch.Event.Data.ShouldContain("\"indexIncarcare\":\"42\"");
        dispatch.Url.ShouldBe(new Uri("https://erp.example/hooks"));
        dispatch.Secret.ShouldBe("whsec-1");
        dispatch.ToString().ShouldNotContain("whsec-1");
        dispatch.Delivery.SubscriptionId.ShouldBe(subscription.Id);
        (await db.Webhooks.ClaimDueAsync("other", Lease, 10, Token)).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Failed_deliveries_retry_then_die_and_can_be_redelivered(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var subscription = await db.Webhooks.SubscribeAsync(tenant.Id, new Uri("https://erp.example/hooks"), "s", [EventTypes.InvoiceIssued], Token);
        await Seed.InvoiceAsync(db, company);

        var first = (await db.Webhooks.ClaimDueAsync("d", Lease, 10, Token)).Single().Delivery;
        (await db.Webhooks.MarkFailedAsync(first.Id, "d", 500, "HTTP 500", db.Clock.GetUtcNow().AddMinutes(5), Token)).ShouldBeTrue();
        (await db.Webhooks.ClaimDueAsync("d", Lease, 10, Token)).ShouldBeEmpty();
        db.Clock.Advance(TimeSpan.FromMinutes(5));
        var retry = (await db.Webhooks.ClaimDueAsync("d", Lease, 10, Token)).Single().Delivery;
        (await db.Webhooks.MarkFailedAsync(retry.Id, "d", null, "timeout", retryAt: null, Token)).ShouldBeTrue();

        var dead = (await db.Webhooks.ListDeliveriesAsync(tenant.Id, subscription.Id, new PageRequest(), Token)).Items.Single();
        dead.Status.ShouldBe(DeliveryStatus.Dead);
        dead.Attempts.ShouldBe(2);
        dead.LastError.ShouldBe("timeout");
        (await db.Webhooks.RedeliverAsync(tenant.Id, dead.Id, Token)).ShouldBe(Redelivery.Queued);
        var again = (await db.Webhooks.ClaimDueAsync("d", Lease, 10, Token)).Single().Delivery;
        (await db.Webhooks.MarkDeliveredAsync(again.Id, "d", 204, Token)).ShouldBeTrue();
        var delivered = (await db.Webhooks.ListDeliveriesAsync(tenant.Id, subscription.Id, new PageRequest(), Token)).Items.Single();
        delivered.Status.ShouldBe(DeliveryStatus.Delivered);
        delivered.LastStatusCode.ShouldBe(204);
        delivered.DeliveredAt.ShouldBe(db.Clock.GetUtcNow());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Only_subscribed_types_of_the_same_tenant_reach_an_active_subscription(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var (other, _) = await Seed.TenantWithCompanyAsync(db, "other", "99");
        await db.Webhooks.SubscribeAsync(other.Id, new Uri("https://other.example/"), "s", [EventTypes.InvoiceIssued, EventTypes.InvoiceAccepted], Token);
        var accepted = await db.Webhooks.SubscribeAsync(tenant.Id, new Uri("https://erp.example/"), "s", [EventTypes.InvoiceAccepted], Token);
        var inactive = await db.Webhooks.SubscribeAsync(tenant.Id, new Uri("https://old.example/"), "s", [EventTypes.InvoiceIssued], Token);
        (await db.Webhooks.DeactivateAsync(tenant.Id, inactive.Id, Token)).ShouldBeTrue();

        await Seed.InvoiceAsync(db, company);
        await db.Events.PublishAsync(new NewEvent(tenant.Id, "invoice.internal_note", "{}"), Token);

        (await db.Webhooks.ClaimDueAsync("d", Lease, 10, Token)).ShouldBeEmpty();
        (await db.Webhooks.ListSubscriptionsAsync(tenant.Id, Token)).Select(s => (s.Id, s.Active, s.Events.Count))
            .ShouldBe([(accepted.Id, true, 1), (inactive.Id, false, 1)], ignoreOrder: true);
        (await db.Events.ListAsync(tenant.Id, new PageRequest(), Token)).Items.Select(e => e.Type).ShouldBe(["invoice.internal_note", "invoice.issued"]);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Subscribing_to_an_unknown_event_is_refused(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var tenant = (await db.Tenants.CreateAsync("acme", Token)).Tenant;

        await Should.ThrowAsync<ArgumentException>(() => db.Webhooks.SubscribeAsync(tenant.Id, new Uri("https://x.example/"), "s", ["invoice.queued"], Token));
        await Should.ThrowAsync<ArgumentException>(() => db.Webhooks.SubscribeAsync(tenant.Id, new Uri("https://x.example/"), "s", [], Token));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_delivery_in_flight_when_its_subscription_is_deleted_is_not_retried(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var subscription = await db.Webhooks.SubscribeAsync(tenant.Id, new Uri("https://erp.example/hooks"), "s", [EventTypes.InvoiceIssued], Token);
        await Seed.InvoiceAsync(db, company);
        var claimed = (await db.Webhooks.ClaimDueAsync("d", Lease, 10, Token)).Single().Delivery;

        (await db.Webhooks.DeactivateAsync(tenant.Id, subscription.Id, Token)).ShouldBeTrue();
        (await db.Webhooks.MarkFailedAsync(claimed.Id, "d", null, "timeout", db.Clock.GetUtcNow().AddMinutes(1), Token)).ShouldBeFalse();
        db.Clock.Advance(Lease + TimeSpan.FromMinutes(1));

        (await db.Webhooks.ClaimDueAsync("d", Lease, 10, Token)).ShouldBeEmpty();
        var cancelled = (await db.Webhooks.ListDeliveriesAsync(tenant.Id, subscription.Id, new PageRequest(), Token)).Items.Single();
        cancelled.Status.ShouldBe(DeliveryStatus.Dead);
        cancelled.LastError.ShouldBe(WebhookRepository.CancelledError);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_claim_takes_no_more_than_the_tenants_share_counting_what_it_already_holds(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (a, _) = await Seed.TenantWithCompanyAsync(db);
        var (b, _) = await Seed.TenantWithCompanyAsync(db, "other", "99");
        await db.Webhooks.SubscribeAsync(a.Id, new Uri("https://a.example/"), "s", [EventTypes.IncomingReceived], Token);
        await db.Webhooks.SubscribeAsync(b.Id, new Uri("https://b.example/"), "s", [EventTypes.IncomingReceived], Token);
        for (var i = 0; i < 5; i++) await db.Events.PublishAsync(new NewEvent(a.Id, EventTypes.IncomingReceived, "{}"), Token);
        for (var i = 0; i < 2; i++) await db.Events.PublishAsync(new NewEvent(b.Id, EventTypes.IncomingReceived, "{}"), Token);

        var first = await db.Webhooks.ClaimDueAsync("d", Lease, 3, Token, perTenant: 2);
        var second = await db.Webhooks.ClaimDueAsync("d", Lease, 10, Token, perTenant: 2);

        first.Select(d => d.Delivery.TenantId).ShouldBe([a.Id, a.Id, b.Id]);
        second.Select(d => d.Delivery.TenantId).ShouldBe([b.Id]);
        (await db.Webhooks.ClaimDueAsync("d", Lease, 10, Token, perTenant: 2)).ShouldBeEmpty();
        await db.Webhooks.MarkDeliveredAsync(first[0].Delivery.Id, "d", 204, Token);
        (await db.Webhooks.ClaimDueAsync("d", Lease, 10, Token, perTenant: 2)).Select(d => d.Delivery.TenantId).ShouldBe([a.Id]);
    }
}
