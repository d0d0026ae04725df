using System.Net;
using Efactura.Testing;
using Microsoft.Playwright;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// The dashboard at <c>/app</c> (issue 18) in Debian's Chromium driven by Playwright, against the real gateway on
/// loopback: sign-in, the triage page, an action behind its confirmation, the PDF, an accountant kept to their
/// companies also when typing URLs, and no session without the right password. Screenshots of every main page go to
/// <c>TestResults/screenshots</c> for a person to look at.
/// </summary>
[Trait("Category", "Browser")]
public sealed class DashboardBrowserTests(DashboardWorld world) : IClassFixture<DashboardWorld>, IAsyncLifetime
{
    private DashboardBrowser browser = null!;

    public async ValueTask InitializeAsync() => browser = await DashboardBrowser.LaunchAsync(world.Server.BaseAddress);

    public ValueTask DisposeAsync() => browser.DisposeAsync();

    private string Url(string path) => browser.Url(path);

    private Task<IPage> SignedInAsync(string email, int width = 1280) => browser.SignedInAsync(email, DashboardWorld.Password, width);

    private static Task ShotAsync(IPage page, string name) => DashboardBrowser.ShotAsync(page, name);

    [Fact]
    public async Task The_owner_signs_in_and_the_triage_page_explains_the_rejection_in_romanian_and_english()
    {
        var page = await SignedInAsync(DashboardWorld.OwnerEmail);

        var rejected = page.Locator($"[data-section=rejected] li[data-invoice='{world.Rejected}']");
        (await rejected.InnerTextAsync()).ShouldContain("BR-CO-09");
        world.Explanation.Code.ShouldBe("BR-CO-09", "the catalogue knows the message");
        (await rejected.InnerTextAsync()).ShouldContain("ALF-2026-0001");
        (await page.GetAttributeAsync("html", "lang")).ShouldBe("ro");
        await ShotAsync(page, "01-triage-ro");

        await page.ClickAsync("header form[action='/app/language'] button");
        await page.WaitForSelectorAsync("html[lang=en]");
        (await rejected.InnerTextAsync()).ShouldContain(world.Explanation.Explanation);
        (await rejected.InnerTextAsync()).ShouldContain(world.Explanation.Fix);
        await ShotAsync(page, "02-triage-en");

        await page.ClickAsync("nav a[href='/app/companies']");
        (await page.Locator("[data-section=companies] tbody tr").CountAsync()).ShouldBe(2);
        await ShotAsync(page, "03-companies");
        await page.ClickAsync($"[data-company='{world.Alfa}'] a");
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("Alfa Distributie SRL");
        await ShotAsync(page, "04-company");

        await page.ClickAsync("nav a[href='/app/invoices']");
        (await page.Locator("[data-section=invoices] tbody tr").CountAsync()).ShouldBe(3);
        await page.SelectOptionAsync("#state", "Rejected");
        await page.ClickAsync("form.filters button");
        (await page.Locator("[data-section=invoices] tbody tr").CountAsync()).ShouldBe(1);
        await ShotAsync(page, "05-invoices-filtered");

        await page.ClickAsync($"[data-invoice='{world.Rejected}'] a");
        (await page.Locator("[data-field=number]").InnerTextAsync()).ShouldBe("ALF-2026-0001");
        (await page.Locator("[data-field=state]").InnerTextAsync()).ShouldBe("rejected");
        (await page.Locator("[data-section=timeline] li").AllInnerTextsAsync()).ShouldContain(l => l.Contains("submitted → rejected"));
        (await page.Locator("[data-section=findings] [lang=ro]").InnerTextAsync()).ShouldContain("BR-CO-09");
        await ShotAsync(page, "06-invoice-rejected");

        // The PDF preview: our own rendering, served to the session.
        var href = await page.GetAttributeAsync("#pdf-link", "href");
        var pdf = await page.Context.APIRequest.GetAsync(Url(href!));
        pdf.Status.ShouldBe(200);
        pdf.Headers["content-type"].ShouldStartWith("application/pdf");
        (await pdf.BodyAsync())[..4].ShouldBe("%PDF"u8.ToArray());
    }

    [Fact]
    public async Task A_failed_invoice_is_retried_from_its_page_after_a_confirmation()
    {
        var page = await SignedInAsync(DashboardWorld.OwnerEmail);
        await page.GotoAsync(Url($"/app/invoices/{world.Failed}"));
        (await page.Locator("[data-field=state]").InnerTextAsync()).ShouldBe("eșuată");

        var retry = page.Locator("details.action[data-action=retry]");
        (await retry.Locator("button[type=submit]").IsVisibleAsync()).ShouldBeFalse("the action waits for its confirmation");
        await retry.Locator("summary").ClickAsync();
        await ShotAsync(page, "07-invoice-retry-confirmation");
        await retry.Locator("button[type=submit]").ClickAsync();

        await page.WaitForSelectorAsync("#notice");
        (await page.Locator("[data-field=state]").InnerTextAsync()).ShouldBe("la coadă");
        (await page.Locator("[data-section=timeline] li").AllInnerTextsAsync()).ShouldContain(l => l.Contains("failed → queued"));
        await ShotAsync(page, "08-invoice-retried");
    }

    [Fact]
    public async Task An_accountant_sees_only_the_assigned_company_and_typed_urls_of_another_are_not_found()
    {
        var page = await SignedInAsync(DashboardWorld.AccountantEmail, width: 390);
        (await page.Locator("[data-section=rejected] li").CountAsync()).ShouldBe(0, "Alfa's rejection is not the accountant's");
        await ShotAsync(page, "09-triage-accountant-phone");
        await page.GotoAsync(Url("/app/companies"));
        (await page.Locator("[data-section=companies] tbody tr").AllInnerTextsAsync()).ShouldHaveSingleItem().ShouldContain("Beta Consult SRL");
        await page.GotoAsync(Url("/app/invoices"));
        (await page.Locator("[data-section=invoices] tbody tr").AllInnerTextsAsync()).ShouldHaveSingleItem().ShouldContain("BET-2026-0001");

        foreach (var path in new[]
                 {
                     $"/app/companies/{world.Alfa}", $"/app/invoices/{world.Rejected}", $"/app/invoices?company={world.Alfa}",
                     $"/app/invoices/{world.Rejected}/documents/pdf", $"/app/invoices/{world.Rejected}/documents/xml",
                 })
        {
            var response = await page.GotoAsync(Url(path));
            response!.Status.ShouldBe(404, path);
            (await page.ContentAsync()).ShouldNotContain("ALF-2026-0001", customMessage: path);
        }
        await ShotAsync(page, "10-not-found");

        // Nor can the accountant act on Alfa's invoice by posting to its page with a valid token of their own.
        await page.GotoAsync(Url($"/app/invoices/{world.Queued}"));
        var token = await page.Locator("input[name=__antiforgery]").First.GetAttributeAsync("value");
        var posted = await page.Context.APIRequest.PostAsync(Url($"/app/invoices/{world.Failed}?handler=retry"),
            new() { Form = page.Context.APIRequest.CreateFormData().Set("__antiforgery", token!), MaxRedirects = 0 });
        posted.Status.ShouldBe(404);
    }

    [Fact]
    public async Task A_wrong_password_opens_no_session()
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/app/sign-in"));
        await page.FillAsync("#email", DashboardWorld.OwnerEmail);
        await page.FillAsync("#password", "not the password");
        await page.ClickAsync("form.stacked button[type=submit]");

        (await page.Locator("#sign-in-error").InnerTextAsync()).ShouldNotBeNullOrEmpty();
        await ShotAsync(page, "00-sign-in-refused");
        (await context.CookiesAsync()).ShouldNotContain(c => c.Name == "efactura-session");
        await page.GotoAsync(Url("/app/invoices"));
        page.Url.ShouldContain("/app/sign-in");
    }

    [Fact]
    public async Task Without_a_session_app_redirects_to_sign_in_and_a_form_without_its_antiforgery_token_is_refused()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = world.Server.BaseAddress };

        var anonymous = await http.GetAsync("app", TestContext.Current.CancellationToken);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/app/sign-in");

        // The right email and password, but no antiforgery token: refused, and no session cookie is set.
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = DashboardWorld.OwnerEmail, ["Password"] = DashboardWorld.Password });
        var posted = await http.PostAsync("app/sign-in", form, TestContext.Current.CancellationToken);
        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        posted.Headers.TryGetValues("Set-Cookie", out var cookies);
        (cookies ?? []).ShouldNotContain(c => c.StartsWith("efactura-session=", StringComparison.Ordinal));

        // Signed in in a browser, a post without the token is refused too, and the invoice does not move.
        var page = await SignedInAsync(DashboardWorld.OwnerEmail);
        var action = await page.Context.APIRequest.PostAsync(Url($"/app/invoices/{world.Queued}?handler=submit"),
            new() { Form = page.Context.APIRequest.CreateFormData().Set("confirm", "yes"), MaxRedirects = 0 });
        action.Status.ShouldBe(400);
    }
}
