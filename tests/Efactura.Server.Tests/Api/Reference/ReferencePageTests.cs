using System.Net;
using System.Text.Json;
using Efactura.Server.Tests.Api.Connections;
using Efactura.Testing;
using Microsoft.Playwright;

namespace Efactura.Server.Tests.Api.Reference;

public sealed class ReferencePageTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private ConnectionTestServer server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => server = await ConnectionTestServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task The_page_is_served_without_an_api_key_and_loads_nothing_from_elsewhere()
    {
        var response = await server.Client().GetAsync("docs", Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("openapi/v1.json");
        html.ShouldNotContain("<script src", Case.Insensitive);
        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain("https://", Case.Insensitive);
        html.ShouldNotContain("http://", Case.Insensitive);
    }

    [Fact]
    [Trait("Category", "Browser")]
    public async Task A_browser_renders_every_operation_and_tries_one_with_the_api_key()
    {
        if (!File.Exists(Chromium)) Strict.Missing($"{Chromium} is missing (apt-get install chromium)");
        var (_, key) = await server.TenantAsync();
        using var documentJson = JsonDocument.Parse(await server.Client().GetStringAsync("openapi/v1.json", Token));
        var operations = documentJson.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "patch" or "delete").Select(o => (Method: o.Name.ToUpperInvariant(), Path: p.Name)))
            .ToList();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, "docs").AbsoluteUri);
        await page.WaitForSelectorAsync("body[data-operations]");

        (await page.GetAttributeAsync("body", "data-operations")).ShouldBe(operations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var rendered = await page.EvalOnSelectorAllAsync<string[]>("details.operation", "nodes => nodes.map(n => n.dataset.method + ' ' + n.dataset.path)");
        rendered.ShouldBe(operations.Select(o => $"{o.Method} {o.Path}"), ignoreOrder: true);
        var webhooks = page.Locator("details.operation[data-method='POST'][data-path='/v1/webhooks']");
        (await webhooks.Locator(".schema[data-schema='WebhookRequest']").CountAsync()).ShouldBe(1);
        (await webhooks.Locator(".schema .prop", new() { HasTextString = "events" }).CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("details.operation[data-path='/v1/incoming'] tr[data-parameter='companyId']").CountAsync()).ShouldBe(1);

        // Try it: the key typed into the page is sent as the bearer token.
        await page.FillAsync("#api-key", key);
        await webhooks.Locator("summary").ClickAsync();
        await webhooks.Locator("textarea[name='body']").FillAsync("""{"url":"https://hooks.example.ro/x","events":["invoice.accepted"]}""");
        await webhooks.Locator("form.try button").ClickAsync();
        var status = webhooks.Locator(".result-status");
        await status.WaitForAsync();
        (await status.GetAttributeAsync("data-status")).ShouldBe("201");
        (await webhooks.Locator(".result-body").InnerTextAsync()).ShouldContain("whsec_");

        var list = page.Locator("details.operation[data-method='GET'][data-path='/v1/webhooks']");
        await list.Locator("summary").ClickAsync();
        await list.Locator("form.try button").ClickAsync();
        await list.Locator(".result-status[data-status]").WaitForAsync();
        (await list.Locator(".result-status").GetAttributeAsync("data-status")).ShouldBe("200");
        (await list.Locator(".result-body").InnerTextAsync()).ShouldContain("https://hooks.example.ro/x");
    }

    [Fact]
    [Trait("Category", "Browser")]
    public async Task The_invoice_operations_show_the_invoice_body_its_fields_and_the_example()
    {
        if (!File.Exists(Chromium))
        {
            if (Strict.IsOn) throw new InvalidOperationException($"{Chromium} is missing (apt-get install chromium); strict mode does not skip.");
            Assert.Skip($"{Chromium} is not installed");
        }
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(server.Address, "docs").AbsoluteUri);
        await page.WaitForSelectorAsync("body[data-operations]");

        var create = page.Locator("details.operation[data-method='POST'][data-path='/v1/invoices']");
        var body = create.Locator(".schema[data-schema='Invoice']");
        var validate = page.Locator("details.operation[data-method='POST'][data-path='/v1/invoices/validate']");

        (await body.CountAsync()).ShouldBe(1);
        foreach (var member in new[] { "number", "issueDate", "supplier", "customer", "lines", "unitPrice", "vatRate", "county" })
            (await body.Locator(".prop", new() { HasTextString = member }).CountAsync()).ShouldBeGreaterThan(0, member);
        var text = await body.TextContentAsync() ?? "";
        text.ShouldContain("Invoice number (BT-1)");
        text.ShouldContain("The seller (BG-4)");
        text.ShouldContain("Invoiced quantity, negative on a storno line (BT-129)");
        (await create.Locator("textarea[name='body']").InputValueAsync()).ShouldContain("ALF-2026-0001");
        (await validate.Locator(".example[data-example='application/xml'] pre").TextContentAsync()).ShouldNotBeNull().ShouldContain("<cbc:ID>ALF-2026-0001</cbc:ID>");
        (await validate.Locator(".schema[data-schema='Invoice']").CountAsync()).ShouldBe(1);
    }
}
