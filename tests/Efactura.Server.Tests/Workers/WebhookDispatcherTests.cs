using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Efactura.Server.Observability;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Webhooks;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Server.Workers.Webhooks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Efactura.Server.Tests.Workers;

public class WebhookDispatcherTests(PostgresServer postgres)
{
    private const string Secret = "whsec_test_secret";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // The receivers listen on loopback, which only an operator's allow-list opens to webhooks.
    private static readonly WebhookTargets LoopbackAllowed = new(new WebhookTargetOptions { AllowedHosts = ["127.0.0.1", "localhost"] });

    private static WebhookDispatcher Worker(TestDatabase db, WebhookMetrics metrics, WebhookDispatcherOptions? options = null, WebhookTargets? targets = null) => new(
        db.Webhooks, new NodeIdentity("test-node"), options ?? new WebhookDispatcherOptions(), targets ?? LoopbackAllowed, metrics, new WorkerOptions(), db.Clock,
        NullLogger<WebhookDispatcher>.Instance);

    // One round, then every delivery it started has finished.
    private static async Task<bool> RoundAsync(WebhookDispatcher worker)
    {
        var busy = await worker.RunRoundAsync(Token);
        await worker.WhenSentAsync();
        return busy;
    }

    // The receiver's side of DESIGN §4.4, written here from the description, not with the server's code.
    private static bool SignatureIsValid(WebhookReceiver.Received request, out long timestamp)
    {
        var parts = request.Headers["Efactura-Signature"].Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        timestamp = long.Parse(parts["t"], CultureInfo.InvariantCulture);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(Secret));
        var expected = hmac.ComputeHash([.. Encoding.UTF8.GetBytes(parts["t"] + "."), .. request.Body]);
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(parts["v1"]));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_receiver_gets_each_subscribed_event_once_with_a_valid_signature(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var subscription = await db.Webhooks.SubscribeAsync(tenant.Id, receiver.Url("ok"), Secret, [EventTypes.InvoiceIssued, EventTypes.IncomingReceived], Token);
        var invoice = await Seed.InvoiceAsync(db, company, "INV-7");
        await db.Events.PublishAsync(new NewEvent(tenant.Id, EventTypes.IncomingReceived, """{"number":"F-1","totalAmount":12.50}"""), Token);
        await db.Events.PublishAsync(new NewEvent(tenant.Id, EventTypes.ConnectionExpired, "{}"), Token);
        var metrics = new WebhookMetrics();

        (await RoundAsync(Worker(db, metrics))).ShouldBeTrue();
        (await RoundAsync(Worker(db, metrics))).ShouldBeFalse();

        receiver.Requests.Count.ShouldBe(2);
        foreach (var request in receiver.Requests)
        {
            SignatureIsValid(request, out var timestamp).ShouldBeTrue();
            timestamp.ShouldBe(db.Clock.GetUtcNow().ToUnixTimeSeconds());
            request.Headers["Content-Type"].ShouldStartWith("application/json");
            var body = JsonDocument.Parse(request.Body).RootElement;
            request.Headers["Efactura-Event-Id"].ShouldBe(body.GetProperty("id").GetString());
            body.GetProperty("createdAt").GetDateTimeOffset().ShouldBe(db.Clock.GetUtcNow(), TimeSpan.FromMilliseconds(1));
        }
        var bodies = receiver.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToDictionary(b => b.GetProperty("type").GetString()!);
        bodies[EventTypes.InvoiceIssued].GetProperty("data").GetProperty("invoiceId").GetGuid().ShouldBe(invoice.Id);
        bodies[EventTypes.IncomingReceived].GetProperty("data").GetProperty("totalAmount").GetDecimal().ShouldBe(12.50m);
        var deliveries = (await db.Webhooks.ListDeliveriesAsync(tenant.Id, subscription.Id, new PageRequest(), Token)).Items;
        deliveries.ShouldAllBe(d => d.Status == DeliveryStatus.Delivered && d.Attempts == 1 && d.LastStatusCode == 204);
        metrics.Attempts.Get("delivered").ShouldBe(2);
    }

    [Fact]
    public async Task A_target_that_is_internal_when_connected_to_gets_nothing_unless_allowed()
    {
        // A subscription stored with a public-looking check passed long ago, whose address is now loopback (as a
        // name rebound in DNS would be): the dispatcher checks the address it connects to, not the one registered.
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var subscription = await db.Webhooks.SubscribeAsync(tenant.Id, new Uri($"http://localhost:{receiver.Address.Port}/ok"), Secret, [EventTypes.InvoiceIssued], Token);
        await Seed.InvoiceAsync(db, company);

        await RoundAsync(Worker(db, new WebhookMetrics(), targets: new WebhookTargets(new WebhookTargetOptions())));

        receiver.Requests.ShouldBeEmpty();
        var delivery = (await db.Webhooks.ListDeliveriesAsync(tenant.Id, subscription.Id, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        delivery.Status.ShouldNotBe(DeliveryStatus.Delivered);
        delivery.LastError!.ShouldContain("internal address");
        delivery.LastStatusCode.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_failing_receiver_is_retried_with_growing_waits_then_dead_after_24_hours(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var subscription = await db.Webhooks.SubscribeAsync(tenant.Id, receiver.Url("fail"), Secret, [EventTypes.InvoiceIssued], Token);
        await Seed.InvoiceAsync(db, company);
        var metrics = new WebhookMetrics();
        var start = db.Clock.GetUtcNow();
        var waits = new List<TimeSpan>();

        for (var round = 0; round < 100; round++)
        {
            await RoundAsync(Worker(db, metrics));
            var delivery = (await db.Webhooks.ListDeliveriesAsync(tenant.Id, subscription.Id, new PageRequest(), Token)).Items.Single();
            if (delivery.Status == DeliveryStatus.Dead) break;
            (await RoundAsync(Worker(db, metrics))).ShouldBeFalse();
            var wait = delivery.NextAttemptAt!.Value - db.Clock.GetUtcNow();
            waits.Add(wait);
            db.Clock.Advance(wait);
        }

        var dead = (await db.Webhooks.ListDeliveriesAsync(tenant.Id, subscription.Id, new PageRequest(), Token)).Items.Single();
        dead.Status.ShouldBe(DeliveryStatus.Dead);
        dead.LastStatusCode.ShouldBe(500);
        dead.LastError.ShouldBe("HTTP 500");
        dead.Attempts.ShouldBe(receiver.Requests.Count);
        (db.Clock.GetUtcNow() - start).ShouldBeInRange(TimeSpan.FromHours(20), TimeSpan.FromHours(27));
        waits[0].ShouldBeInRange(TimeSpan.FromSeconds(24), TimeSpan.FromSeconds(36));
        for (var i = 1; i < 6; i++) waits[i].ShouldBeGreaterThan(waits[i - 1]);
        waits.ShouldAllBe(w => w <= TimeSpan.FromHours(1.2));
        metrics.Attempts.Get("dead").ShouldBe(1);
        metrics.Attempts.Get("failed").ShouldBe(dead.Attempts - 1);
    }

    [Fact]
    public async Task A_receiver_that_answers_too_late_counts_as_failed_and_holds_up_no_other()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var slow = await db.Webhooks.SubscribeAsync(tenant.Id, receiver.Url("slow"), Secret, [EventTypes.InvoiceIssued], Token);
        var fast = await db.Webhooks.SubscribeAsync(tenant.Id, receiver.Url("ok"), Secret, [EventTypes.InvoiceIssued], Token);
        for (var i = 0; i < 3; i++) await Seed.InvoiceAsync(db, company, $"INV-{i}");

        await RoundAsync(Worker(db, new WebhookMetrics(), new WebhookDispatcherOptions { Timeout = TimeSpan.FromSeconds(1), PerTenantParallelism = 6 }));

        (await db.Webhooks.ListDeliveriesAsync(tenant.Id, fast.Id, new PageRequest(), Token)).Items.ShouldAllBe(d => d.Status == DeliveryStatus.Delivered);
        var late = (await db.Webhooks.ListDeliveriesAsync(tenant.Id, slow.Id, new PageRequest(), Token)).Items;
        late.Count.ShouldBe(3);
        late.ShouldAllBe(d => d.Status == DeliveryStatus.Pending && d.LastError == "no answer within 1 s" && d.NextAttemptAt > db.Clock.GetUtcNow());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_tenant_whose_endpoint_never_answers_delays_only_itself(string engine)
    {
        // Tenant A's 40 deliveries are older than B's one, and A's endpoint never answers (no time limit reached in
        // this test: the clock is the test's). B's delivery goes out while A's share is held, by construction.
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        await using var receiver = await WebhookReceiver.StartAsync();
        var (a, _) = await Seed.TenantWithCompanyAsync(db);
        var (b, _) = await Seed.TenantWithCompanyAsync(db, "other", "99");
        var dead = await db.Webhooks.SubscribeAsync(a.Id, receiver.Url("hang"), Secret, [EventTypes.IncomingReceived], Token);
        var live = await db.Webhooks.SubscribeAsync(b.Id, receiver.Url("ok"), Secret, [EventTypes.IncomingReceived], Token);
        for (var i = 0; i < 40; i++) await db.Events.PublishAsync(new NewEvent(a.Id, EventTypes.IncomingReceived, $$"""{"number":"A-{{i}}"}"""), Token);
        await db.Events.PublishAsync(new NewEvent(b.Id, EventTypes.IncomingReceived, """{"number":"B-1"}"""), Token);
        var worker = Worker(db, new WebhookMetrics(), new WebhookDispatcherOptions { Timeout = TimeSpan.FromMinutes(5), Parallelism = 16, PerTenantParallelism = 4 });
        try
        {
            (await worker.RunRoundAsync(Token)).ShouldBeTrue();
            await worker.WhenSentAsync(b.Id);
            await receiver.ReceivedAsync("hang", 4);

            (await db.Webhooks.ListDeliveriesAsync(b.Id, live.Id, new PageRequest(), Token)).Items.ShouldHaveSingleItem().Status.ShouldBe(DeliveryStatus.Delivered);
            worker.InFlightByTenant.ShouldBe(new Dictionary<Guid, int> { [a.Id] = 4 });
            (await worker.RunRoundAsync(Token)).ShouldBeFalse();
            var waiting = (await db.Webhooks.ListDeliveriesAsync(a.Id, dead.Id, new PageRequest { Limit = 100 }, Token)).Items;
            waiting.Count.ShouldBe(40);
            waiting.ShouldAllBe(d => d.Status == DeliveryStatus.Pending && d.Attempts == 0);
            receiver.Requests.Count(r => r.Mode == "hang").ShouldBe(4);
        }
        finally
        {
            await worker.StopAsync(Token);
            worker.Dispose();
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_deleted_subscriptions_pending_deliveries_are_cancelled_and_not_redelivered(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        await using var receiver = await WebhookReceiver.StartAsync();
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var subscription = await db.Webhooks.SubscribeAsync(tenant.Id, receiver.Url("ok"), Secret, [EventTypes.InvoiceIssued], Token);
        await Seed.InvoiceAsync(db, company, "INV-1");
        await Seed.InvoiceAsync(db, company, "INV-2");

        (await db.Webhooks.DeactivateAsync(tenant.Id, subscription.Id, Token)).ShouldBeTrue();
        (await RoundAsync(Worker(db, new WebhookMetrics()))).ShouldBeFalse();

        receiver.Requests.ShouldBeEmpty();
        var cancelled = (await db.Webhooks.ListDeliveriesAsync(tenant.Id, subscription.Id, new PageRequest(), Token)).Items;
        cancelled.Count.ShouldBe(2);
        cancelled.ShouldAllBe(d => d.Status == DeliveryStatus.Dead && d.LastError == WebhookRepository.CancelledError && d.NextAttemptAt == null);
        (await db.Webhooks.RedeliverAsync(tenant.Id, cancelled[0].Id, Token)).ShouldBe(Redelivery.SubscriptionDeleted);
        (await RoundAsync(Worker(db, new WebhookMetrics()))).ShouldBeFalse();
        receiver.Requests.ShouldBeEmpty();
    }
}
