using System.Net;
using Efactura.Server.Storage.Events;
using Efactura.Testing;
using Microsoft.Playwright;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// The webhooks, deliveries and API keys pages (issue 18) in Debian's Chromium driven by Playwright, against the real
/// gateway and a real webhook receiver on loopback: the owner makes an API key and revokes it, subscribes a webhook and
/// redelivers one of its deliveries, each behind its confirmation. Screenshots go to <c>TestResults/screenshots</c>.
/// </summary>
[Trait("Category", "Browser")]
public sealed class SettingsBrowserTests(SettingsWorld world) : IClassFixture<SettingsWorld>, IAsyncLifetime
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private DashboardBrowser browser = null!;

    public async ValueTask InitializeAsync() => browser = await DashboardBrowser.LaunchAsync(world.Server.BaseAddress);

    public ValueTask DisposeAsync() => browser.DisposeAsync();

    private string Url(string path) => browser.Url(path);

    private Task<IPage> SignedInAsync(string email, int width = 1280) => browser.SignedInAsync(email, SettingsWorld.Password, width);

    private static Task ShotAsync(IPage page, string name) => DashboardBrowser.ShotAsync(page, name);

    [Fact]
    public async Task The_owner_creates_an_api_key_sees_it_once_and_revokes_it_after_a_confirmation()
    {
        var page = await SignedInAsync(SettingsWorld.OwnerEmail);
        await page.ClickAsync("nav a[href='/app/api-keys']");
        await page.FillAsync("#key-name", "Magazin online");
        await page.SelectOptionAsync("#key-scope", "Write");
        await page.ClickAsync("form[action$='handler=create'] button[type=submit]");

        var key = await page.Locator("#api-key").InnerTextAsync();
        key.ShouldStartWith("efk_");
        await ShotAsync(page, "hooks-01-api-key-created");
        using var api = world.Server.CreateClient(key);
        (await api.GetAsync("v1/companies", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await page.GotoAsync(Url("/app/api-keys"));
        (await page.ContentAsync()).ShouldNotContain(key);
        var row = page.Locator("[data-section=keys] tbody tr", new() { HasText = "Magazin online" });
        var revoke = row.Locator("details.action[data-action=revoke]");
        (await revoke.Locator("button[type=submit]").IsVisibleAsync()).ShouldBeFalse("the revoke waits for its confirmation");
        await revoke.Locator("summary").ClickAsync();
        await ShotAsync(page, "hooks-02-api-key-revoke-confirmation");
        await revoke.Locator("button[type=submit]").ClickAsync();

        await page.WaitForSelectorAsync("#notice");
        (await row.Locator("[data-field=status]").InnerTextAsync()).ShouldContain("Revocată");
        (await api.GetAsync("v1/companies", Token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await ShotAsync(page, "hooks-03-api-keys");
    }

    [Fact]
    public async Task The_owner_subscribes_a_webhook_and_redelivers_a_delivery_after_a_confirmation()
    {
        var page = await SignedInAsync(SettingsWorld.OwnerEmail);
        await page.ClickAsync("nav a[href='/app/webhooks']");
        var url = world.Hook("browser").AbsoluteUri;
        await page.FillAsync("#address", url);
        await page.CheckAsync($"input[name=Events][value='{EventTypes.InvoiceAccepted}']");
        await page.CheckAsync($"input[name=Events][value='{EventTypes.InvoiceRejected}']");
        await page.ClickAsync("form[action$='handler=create'] button[type=submit]");
        var secret = await page.Locator("#secret").InnerTextAsync();
        secret.ShouldStartWith("whsec_");
        await ShotAsync(page, "hooks-04-webhook-created");

        var published = await world.PublishAsync(EventTypes.InvoiceAccepted);
        await world.DispatchAsync();
        world.Received("browser").ShouldHaveSingleItem();
        await page.GotoAsync(Url("/app/webhooks"));
        (await page.ContentAsync()).ShouldNotContain(secret);
        await ShotAsync(page, "hooks-05-webhooks");

        await page.ClickAsync($"[data-section=webhooks] a[href^='/app/webhooks/']");
        var row = page.Locator("[data-section=deliveries] tbody tr").First;
        (await row.InnerTextAsync()).ShouldContain(EventTypes.InvoiceAccepted);
        (await row.Locator("[data-field=status]").InnerTextAsync()).ShouldBe("livrat");
        var redeliver = row.Locator("details.action[data-action=redeliver]");
        await redeliver.Locator("summary").ClickAsync();
        await ShotAsync(page, "hooks-06-redeliver-confirmation");
        await redeliver.Locator("button[type=submit]").ClickAsync();

        await page.WaitForSelectorAsync("#notice");
        (await page.Locator("[data-section=deliveries] tbody tr").First.Locator("[data-field=status]").InnerTextAsync()).ShouldBe("în așteptare");
        await world.DispatchAsync();
        var requests = world.Received("browser");
        requests.Count.ShouldBe(2, "the receiver got the delivery again");
        requests.ShouldAllBe(r => r.Headers["Efactura-Event-Id"] == published.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ReloadAsync();
        (await page.Locator("[data-section=deliveries] tbody tr").First.Locator("[data-field=status]").InnerTextAsync()).ShouldBe("livrat");
        await page.ClickAsync("header form[action='/app/language'] button");
        await page.WaitForSelectorAsync("html[lang=en]");
        await ShotAsync(page, "hooks-07-webhook-deliveries-en");
    }

    [Fact]
    public async Task On_a_phone_the_webhooks_and_api_keys_pages_fit_and_a_viewer_gets_no_forms()
    {
        var owner = await SignedInAsync(SettingsWorld.OwnerEmail, width: 390);
        await owner.GotoAsync(Url("/app/webhooks"));
        (await owner.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue("no sideways scrolling of the page");
        await ShotAsync(owner, "hooks-08-webhooks-phone");
        await owner.GotoAsync(Url("/app/api-keys"));
        await ShotAsync(owner, "hooks-09-api-keys-phone");

        var viewer = await SignedInAsync(SettingsWorld.ViewerEmail, width: 390);
        await viewer.GotoAsync(Url("/app/webhooks"));
        (await viewer.Locator("form[action$='handler=create']").CountAsync()).ShouldBe(0);
        (await viewer.Locator("nav a[href='/app/api-keys']").CountAsync()).ShouldBe(0);
        var response = await viewer.GotoAsync(Url("/app/api-keys"));
        response!.Status.ShouldBe(404);
    }
}
