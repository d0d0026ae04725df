using System.Net;
using System.Net.Http.Json;
using System.Text;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Webhooks;
using Efactura.Server.Tests.Api.Connections;

namespace Efactura.Server.Tests.Api.Webhooks;

public sealed class WebhooksApiTests : IAsyncLifetime
{
    private ConnectionTestServer server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // Some tests subscribe a loopback address, which only the operator's allow-list permits.
    public async ValueTask InitializeAsync() => server = await ConnectionTestServer.StartAsync(("Efactura:Webhooks:AllowedHosts:0", "127.0.0.1"));

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_subscription_shows_its_generated_secret_once()
    {
        var (tenant, key) = await server.TenantAsync();
        var client = server.Client(key);

        var created = await client.PostAsJsonAsync("v1/webhooks",
            new { url = "https://hooks.example.ro/efactura", events = new[] { "invoice.accepted", "invoice.rejected" } }, Token).ShouldBeJsonAsync(HttpStatusCode.Created);
        var listed = await client.GetAsync("v1/webhooks", Token).ShouldBeJsonAsync();

        var secret = created.GetProperty("secret").GetString()!;
        secret.ShouldStartWith("whsec_");
        secret.Length.ShouldBeGreaterThanOrEqualTo(40);
        created.GetProperty("url").GetString().ShouldBe("https://hooks.example.ro/efactura");
        created.GetProperty("events").EnumerateArray().Select(e => e.GetString()).ShouldBe(["invoice.accepted", "invoice.rejected"]);
        created.GetProperty("active").GetBoolean().ShouldBeTrue();
        var item = listed.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("id").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
        item.TryGetProperty("secret", out _).ShouldBeFalse();
        listed.ToString().ShouldNotContain(secret);
        (await server.Service<WebhookRepository>().ListSubscriptionsAsync(tenant.Id, Token)).Single().Events.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_secret_given_by_the_client_is_used_to_sign()
    {
        var (tenant, key) = await server.TenantAsync();
        var created = await server.Client(key).PostAsJsonAsync("v1/webhooks",
            new { url = "http://127.0.0.1:9/hook", events = new[] { "invoice.issued" }, secret = "my-own-secret-0123456789" }, Token).ShouldBeJsonAsync(HttpStatusCode.Created);
        await server.Service<EventRepository>().PublishAsync(new NewEvent(tenant.Id, EventTypes.InvoiceIssued, "{}"), Token);

        var dispatch = (await server.Service<WebhookRepository>().ClaimDueAsync("test", TimeSpan.FromMinutes(1), 10, Token)).Single();

        created.GetProperty("secret").GetString().ShouldBe("my-own-secret-0123456789");
        dispatch.Secret.ShouldBe("my-own-secret-0123456789");
    }

    [Theory]
    [InlineData("""{"url":"ftp://example.ro/x","events":["invoice.issued"]}""", "absolute http or https")]
    [InlineData("""{"url":"/relative","events":["invoice.issued"]}""", "absolute http or https")]
    [InlineData("""{"url":"https://example.ro/x","events":[]}""", "at least one of")]
    [InlineData("""{"url":"https://example.ro/x","events":["invoice.draft","invoice.issued"]}""", "'invoice.draft'")]
    [InlineData("""{"url":"https://example.ro/x","events":["invoice.issued"],"secret":"short"}""", "at least 16 characters")]
    [InlineData("""{"url":"https://example.ro/x","events":"invoice.issued"}""", "The value at /events has the wrong type: send an array.")]
    [InlineData("""{"url":"https://example.ro/x","events":["invoice.issued"],"callback":"x"}""", "'callback' is not a member of this request")]
    [InlineData("""{"url":""", "end of the JSON")]
    [InlineData("", "needs a JSON body")]
    public async Task An_invalid_subscription_is_refused_with_the_reason(string body, string reason)
    {
        var (_, key) = await server.TenantAsync();

        var problem = await server.Client(key).PostAsync("v1/webhooks", new StringContent(body, Encoding.UTF8, "application/json"), Token)
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("detail").GetString()!.ShouldContain(reason);
    }

    [Fact]
    public async Task Deleting_a_subscription_cancels_its_pending_deliveries_and_keeps_them_visible()
    {
        var (tenant, key) = await server.TenantAsync();
        var client = server.Client(key);
        var id = (await client.PostAsJsonAsync("v1/webhooks", new { url = "https://example.ro/x", events = new[] { "invoice.issued" } }, Token)
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await server.Service<EventRepository>().PublishAsync(new NewEvent(tenant.Id, EventTypes.InvoiceIssued, "{}"), Token);

        var deleted = await client.DeleteAsync($"v1/webhooks/{id}", Token);

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var listed = await client.GetAsync("v1/webhooks", Token).ShouldBeJsonAsync();
        listed.GetProperty("items")[0].GetProperty("active").GetBoolean().ShouldBeFalse();
        var delivery = (await client.GetAsync($"v1/webhooks/{id}/deliveries", Token).ShouldBeJsonAsync()).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        delivery.GetProperty("status").GetString().ShouldBe("dead");
        delivery.GetProperty("lastError").GetString().ShouldBe(WebhookRepository.CancelledError);
        await client.PostAsync($"v1/webhooks/deliveries/{delivery.GetProperty("id").GetInt64()}/redeliver", null, Token).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await client.DeleteAsync($"v1/webhooks/{id}", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await client.DeleteAsync("v1/webhooks/not-an-id", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deliveries_page_newest_first_by_cursor()
    {
        var (tenant, key) = await server.TenantAsync();
        var client = server.Client(key);
        var id = (await client.PostAsJsonAsync("v1/webhooks", new { url = "https://example.ro/x", events = new[] { "invoice.issued" } }, Token)
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var events = new List<long>();
        for (var i = 0; i < 3; i++)
            events.Add((await server.Service<EventRepository>().PublishAsync(new NewEvent(tenant.Id, EventTypes.InvoiceIssued, "{}"), Token)).Id);

        var first = await client.GetAsync($"v1/webhooks/{id}/deliveries?limit=2", Token).ShouldBeJsonAsync();
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await client.GetAsync($"v1/webhooks/{id}/deliveries?limit=2&cursor={Uri.EscapeDataString(cursor)}", Token).ShouldBeJsonAsync();

        var seen = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(d => d.GetProperty("eventId").GetInt64()).ToList();
        seen.ShouldBe(events.AsEnumerable().Reverse().ToList());
        second.TryGetProperty("nextCursor", out _).ShouldBeFalse();
        first.GetProperty("items")[0].GetProperty("status").GetString().ShouldBe("pending");
        await client.GetAsync($"v1/webhooks/{id}/deliveries?cursor=garbage!", Token).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await client.GetAsync($"v1/webhooks/{id}/deliveries?limit=0", Token).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await client.GetAsync($"v1/webhooks/{id}/deliveries?limit=many", Token).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_dead_delivery_is_queued_again_on_redeliver()
    {
        var (tenant, key) = await server.TenantAsync();
        var client = server.Client(key);
        var id = (await client.PostAsJsonAsync("v1/webhooks", new { url = "https://example.ro/x", events = new[] { "invoice.issued" } }, Token)
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await server.Service<EventRepository>().PublishAsync(new NewEvent(tenant.Id, EventTypes.InvoiceIssued, "{}"), Token);
        var webhooks = server.Service<WebhookRepository>();
        var claimed = (await webhooks.ClaimDueAsync("test", TimeSpan.FromMinutes(1), 10, Token)).Single();
        await webhooks.MarkFailedAsync(claimed.Delivery.Id, "test", 500, "HTTP 500", null, Token);
        (await client.GetAsync($"v1/webhooks/{id}/deliveries", Token).ShouldBeJsonAsync()).GetProperty("items")[0].GetProperty("status").GetString().ShouldBe("dead");

        var redelivered = await client.PostAsync($"v1/webhooks/deliveries/{claimed.Delivery.Id}/redeliver", null, Token);

        redelivered.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var delivery = (await client.GetAsync($"v1/webhooks/{id}/deliveries", Token).ShouldBeJsonAsync()).GetProperty("items")[0];
        delivery.GetProperty("status").GetString().ShouldBe("pending");
        delivery.GetProperty("attempts").GetInt32().ShouldBe(0);
        (await webhooks.ClaimDueAsync("test", TimeSpan.FromMinutes(1), 10, Token)).Single().Delivery.Id.ShouldBe(claimed.Delivery.Id);
        await client.PostAsync("v1/webhooks/deliveries/999999/redeliver", null, Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await client.PostAsync("v1/webhooks/deliveries/abc/redeliver", null, Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_tenant_sees_none_of_a_tenants_webhooks()
    {
        var (tenant, key) = await server.TenantAsync();
        var id = (await server.Client(key).PostAsJsonAsync("v1/webhooks", new { url = "https://example.ro/x", events = new[] { "invoice.issued" } }, Token)
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await server.Service<EventRepository>().PublishAsync(new NewEvent(tenant.Id, EventTypes.InvoiceIssued, "{}"), Token);
        var deliveryId = (await server.Service<WebhookRepository>().ListDeliveriesAsync(tenant.Id, id, new(), Token)).Items.Single().Id;
        var (_, otherKey) = await server.TenantAsync("other");
        var other = server.Client(otherKey);

        (await other.GetAsync("v1/webhooks", Token).ShouldBeJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        await other.GetAsync($"v1/webhooks/{id}/deliveries", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await other.PostAsync($"v1/webhooks/deliveries/{deliveryId}/redeliver", null, Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await other.DeleteAsync($"v1/webhooks/{id}", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await server.Client().GetAsync("v1/webhooks", Token).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
