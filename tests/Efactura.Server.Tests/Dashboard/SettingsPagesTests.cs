using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Storage.Webhooks;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// The webhooks, deliveries and API keys pages (issue 18) over HTTP against the real gateway and a real webhook
/// receiver on loopback: who sees and manages them, secrets shown once, redeliver really sending again, a revoked key
/// refused by the API.
/// </summary>
public sealed partial class SettingsPagesTests(SettingsWorld world) : IClassFixture<SettingsWorld>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<PageSession> SignInAsync(string email) => PageSession.SignInAsync(world.Server.BaseAddress, email, SettingsWorld.Password);

    private async Task<Guid> SubscribeAsync(string mode, string type = EventTypes.InvoiceIssued) =>
        (await world.Server.Service<WebhookRepository>().SubscribeAsync(world.Server.TenantId, world.Hook(mode), "secret-of-" + mode + "-0123456789", [type], Token)).Id;

    [Fact]
    public async Task The_owner_manages_webhooks_a_viewer_reads_them_and_an_accountant_finds_neither_webhooks_nor_api_keys()
    {
        var id = await SubscribeAsync("roles");
        using var owner = await SignInAsync(SettingsWorld.OwnerEmail);
        using var viewer = await SignInAsync(SettingsWorld.ViewerEmail);
        using var accountant = await SignInAsync(SettingsWorld.AccountantEmail);

        var (ownerStatus, ownerHtml) = await owner.GetAsync("app/webhooks");
        ownerStatus.ShouldBe(HttpStatusCode.OK);
        ownerHtml.ShouldContain(world.Hook("roles").AbsoluteUri);
        ownerHtml.ShouldContain("handler=create");
        ownerHtml.ShouldContain("href=\"/app/api-keys\"");
        (await owner.GetAsync("app/api-keys")).Status.ShouldBe(HttpStatusCode.OK);

        var (viewerStatus, viewerHtml) = await viewer.GetAsync("app/webhooks");
        viewerStatus.ShouldBe(HttpStatusCode.OK);
        viewerHtml.ShouldContain(world.Hook("roles").AbsoluteUri);
        viewerHtml.ShouldNotContain("handler=create");
        viewerHtml.ShouldNotContain("handler=delete");
        viewerHtml.ShouldNotContain("href=\"/app/api-keys\"");
        (await viewer.GetAsync($"app/webhooks/{id}")).Status.ShouldBe(HttpStatusCode.OK);
        (await viewer.GetAsync("app/api-keys")).Status.ShouldBe(HttpStatusCode.NotFound);
        // A viewer's own valid token does not let them change anything.
        var viewerDelete = await viewer.PostFormAsync("app/webhooks", "app/webhooks?handler=delete", new() { ["subscription"] = id.ToString() });
        viewerDelete.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        viewerDelete.Headers.Location!.ToString().ShouldContain("/app/sign-in", customMessage: "forbidden, as for a viewer's invoice actions");
        var viewerCreate = await viewer.PostFormAsync("app/webhooks", "app/webhooks?handler=create",
            new() { ["Address"] = world.Hook("viewer").AbsoluteUri, ["Events"] = EventTypes.InvoiceIssued });
        viewerCreate.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var subscriptions = await world.Server.Service<WebhookRepository>().ListSubscriptionsAsync(world.Server.TenantId, Token);
        subscriptions.Single(s => s.Id == id).Active.ShouldBeTrue();
        subscriptions.ShouldNotContain(s => s.Url == world.Hook("viewer"));

        var (accountantHome, accountantHtml) = await accountant.GetAsync("app");
        accountantHome.ShouldBe(HttpStatusCode.OK);
        accountantHtml.ShouldNotContain("href=\"/app/webhooks\"");
        accountantHtml.ShouldNotContain("href=\"/app/api-keys\"");
        foreach (var path in new[] { "app/webhooks", $"app/webhooks/{id}", "app/api-keys" })
            (await accountant.GetAsync(path)).Status.ShouldBe(HttpStatusCode.NotFound, path);
        var accountantDelete = await accountant.PostFormAsync("app", "app/webhooks?handler=delete", new() { ["subscription"] = id.ToString() });
        accountantDelete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var accountantKey = await accountant.PostFormAsync("app", "app/api-keys?handler=create", new() { ["Name"] = "sneaky" });
        accountantKey.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await world.Server.Service<TenantRepository>().ListApiKeysAsync(world.Server.TenantId, Token)).ShouldNotContain(k => k.Name == "sneaky");
    }

    [Fact]
    public async Task A_webhook_made_on_the_page_shows_its_secret_once_and_its_deliveries_are_signed_with_it()
    {
        using var owner = await SignInAsync(SettingsWorld.OwnerEmail);
        var url = world.Hook("made-on-page").AbsoluteUri;

        var created = await owner.PostFormAsync("app/webhooks", "app/webhooks?handler=create",
            new() { ["Address"] = url, ["Events"] = EventTypes.IncomingReceived });
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        created.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var html = await created.Content.ReadAsStringAsync(Token);
        var secret = Secret().Match(html).Groups[1].Value;
        secret.ShouldStartWith("whsec_");

        var subscription = (await world.Server.Service<WebhookRepository>().ListSubscriptionsAsync(world.Server.TenantId, Token)).Single(s => s.Url.AbsoluteUri == url);
        subscription.Events.ShouldBe([EventTypes.IncomingReceived]);
        (await owner.GetAsync("app/webhooks")).Html.ShouldNotContain(secret);
        (await owner.GetAsync($"app/webhooks/{subscription.Id}")).Html.ShouldNotContain(secret);
        (await world.Server.Client.GetStringAsync("v1/webhooks", Token)).ShouldNotContain(secret);

        var published = await world.PublishAsync(EventTypes.IncomingReceived);
        await world.DispatchAsync();
        var received = world.Received("made-on-page").ShouldHaveSingleItem();
        received.Headers["Efactura-Event-Id"].ShouldBe(published.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        SettingsWorld.SignedWith(received, secret).ShouldBeTrue("the secret shown is the one that signs");
        (await owner.GetAsync("app/webhooks")).Html.ShouldContain("state-accepted", customMessage: "the latest delivery's outcome is listed");
    }

    [Theory]
    [InlineData("ftp://example.ro/x", "absolute http or https")]
    [InlineData("http://10.0.0.7/hook", "internal address")]
    public async Task A_webhook_the_rules_refuse_is_not_made_and_the_page_says_why(string url, string reason)
    {
        using var owner = await SignInAsync(SettingsWorld.OwnerEmail);

        var refused = await owner.PostFormAsync("app/webhooks", "app/webhooks?handler=create", new() { ["Address"] = url, ["Events"] = EventTypes.InvoiceIssued });

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var html = await refused.Content.ReadAsStringAsync(Token);
        html.ShouldContain(reason);
        html.ShouldNotContain("whsec_");
        (await world.Server.Service<WebhookRepository>().ListSubscriptionsAsync(world.Server.TenantId, Token)).ShouldNotContain(s => s.Url.AbsoluteUri.StartsWith(url, StringComparison.Ordinal));
        var noEvents = await owner.PostFormAsync("app/webhooks", "app/webhooks?handler=create", new() { ["Address"] = "https://example.ro/x" });
        noEvents.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await noEvents.Content.ReadAsStringAsync(Token)).ShouldContain("events must name at least one");
    }

    [Fact]
    public async Task Redeliver_on_the_page_sends_the_delivery_to_the_receiver_again()
    {
        var id = await SubscribeAsync("redeliver", EventTypes.ConnectionExpiring);
        var published = await world.PublishAsync(EventTypes.ConnectionExpiring);
        await world.DispatchAsync();
        world.Received("redeliver").Count.ShouldBe(1);
        var delivery = (await world.Server.Service<WebhookRepository>().ListDeliveriesAsync(world.Server.TenantId, id, new(), Token)).Items.ShouldHaveSingleItem();
        delivery.Status.ShouldBe(DeliveryStatus.Delivered);
        using var owner = await SignInAsync(SettingsWorld.OwnerEmail);
        var (_, page) = await owner.GetAsync($"app/webhooks/{id}");
        page.ShouldContain($"data-delivery=\"{delivery.Id}\"");
        page.ShouldContain(EventTypes.ConnectionExpiring);

        // A viewer may not; nothing is queued.
        using var viewer = await SignInAsync(SettingsWorld.ViewerEmail);
        (await viewer.PostFormAsync($"app/webhooks/{id}", $"app/webhooks/{id}?handler=redeliver", new() { ["delivery"] = delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await world.DispatchAsync();
        world.Received("redeliver").Count.ShouldBe(1);

        var redelivered = await owner.PostFormAsync($"app/webhooks/{id}", $"app/webhooks/{id}?handler=redeliver",
            new() { ["delivery"] = delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        redelivered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        redelivered.Headers.Location!.ToString().ShouldBe($"/app/webhooks/{id}");
        var (_, queued) = await owner.GetAsync($"app/webhooks/{id}");
        queued.ShouldContain("id=\"notice\"");
        queued.ShouldContain("state-queued", customMessage: "pending again");
        await world.DispatchAsync();

        var requests = world.Received("redeliver");
        requests.Count.ShouldBe(2);
        requests.Select(r => r.Headers["Efactura-Event-Id"]).Distinct().ShouldHaveSingleItem().ShouldBe(published.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        (await world.Server.Service<WebhookRepository>().ListDeliveriesAsync(world.Server.TenantId, id, new(), Token)).Items.Single().Status.ShouldBe(DeliveryStatus.Delivered);
        // Without its antiforgery token the form is refused.
        (await owner.PostWithoutTokenAsync($"app/webhooks/{id}?handler=redeliver", new() { ["delivery"] = delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Deleting_a_webhook_on_the_page_stops_its_deliveries()
    {
        var id = await SubscribeAsync("deleted", EventTypes.ConnectionExpired);
        using var owner = await SignInAsync(SettingsWorld.OwnerEmail);

        var deleted = await owner.PostFormAsync("app/webhooks", "app/webhooks?handler=delete", new() { ["subscription"] = id.ToString() });

        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await world.Server.Service<WebhookRepository>().ListSubscriptionsAsync(world.Server.TenantId, Token)).Single(s => s.Id == id).Active.ShouldBeFalse();
        await world.PublishAsync(EventTypes.ConnectionExpired);
        await world.DispatchAsync();
        world.Received("deleted").ShouldBeEmpty();
        (await owner.PostFormAsync("app/webhooks", "app/webhooks?handler=delete", new() { ["subscription"] = id.ToString() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_api_key_made_on_the_page_is_shown_once_works_on_v1_and_fails_once_revoked()
    {
        using var owner = await SignInAsync(SettingsWorld.OwnerEmail);

        var created = await owner.PostFormAsync("app/api-keys", "app/api-keys?handler=create", new() { ["Name"] = "ERP de test", ["Scope"] = "Read" });
        created.StatusCode.ShouldBe(HttpStatusCode.OK);
        created.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var key = ApiKey().Match(await created.Content.ReadAsStringAsync(Token)).Groups[1].Value;
        key.ShouldStartWith("efk_");

        var (_, listed) = await owner.GetAsync("app/api-keys");
        listed.ShouldNotContain(key);
        listed.ShouldContain("ERP de test");
        listed.ShouldContain(key[..12]);
        var stored = (await world.Server.Service<TenantRepository>().ListApiKeysAsync(world.Server.TenantId, Token)).Single(k => k.Name == "ERP de test");
        stored.Scope.ShouldBe(ApiKeyScope.Read);
        using var api = world.Server.CreateClient(key);
        (await api.GetAsync("v1/companies", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.PostAsync("v1/companies", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "read scope");

        var revoked = await owner.PostFormAsync("app/api-keys", "app/api-keys?handler=revoke", new() { ["key"] = stored.Id.ToString() });

        revoked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await api.GetAsync("v1/companies", Token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await owner.GetAsync("app/api-keys")).Html.ShouldContain($"data-key=\"{stored.Id}\"");
        (await owner.PostFormAsync("app/api-keys", "app/api-keys?handler=revoke", new() { ["key"] = stored.Id.ToString() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.PostWithoutTokenAsync("app/api-keys?handler=create", new() { ["Name"] = "no token" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [GeneratedRegex("""data-field="secret">([^<]+)<""")]
    private static partial Regex Secret();

    [GeneratedRegex("""data-field="key">([^<]+)<""")]
    private static partial Regex ApiKey();
}
