using Efactura.Server.Tests.Api;
using Efactura.Testing;
using Microsoft.Playwright;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// The owner's pages (issue 18) in Debian's Chromium driven by Playwright against the real gateway: a user added on
/// <c>/app/users</c> with their one-time link shown once, and a company's settings edited on its page, a wrong value
/// shown next to its field. Screenshots go to <c>TestResults/screenshots</c> for a person to look at.
/// </summary>
[Trait("Category", "Browser")]
public sealed class DashboardOwnerBrowserTests(DashboardWorld world) : IClassFixture<DashboardWorld>, IAsyncLifetime
{
    private DashboardBrowser browser = null!;

    public async ValueTask InitializeAsync() => browser = await DashboardBrowser.LaunchAsync(world.Server.BaseAddress);

    public ValueTask DisposeAsync() => browser.DisposeAsync();

    private string Url(string path) => browser.Url(path);

    private Task<IPage> SignedInAsync(string email, int width = 1280) => browser.SignedInAsync(email, DashboardWorld.Password, width);

    private static Task ShotAsync(IPage page, string name) => DashboardBrowser.ShotAsync(page, name);

    [Fact]
    public async Task The_owner_adds_an_accountant_on_the_users_page_and_sees_the_one_time_link_once()
    {
        var page = await SignedInAsync(DashboardWorld.OwnerEmail);
        await page.ClickAsync("nav a[href='/app/users']");
        (await page.Locator($"tr[data-user='{DashboardWorld.AccountantEmail}'] [data-field=companies]").InnerTextAsync()).ShouldBe("Beta Consult SRL");

        await page.FillAsync("#new-email", "nou@alfa.ro");
        await page.SelectOptionAsync("#new-role", "accountant");
        await page.CheckAsync($"#new-company-{world.Alfa:N}");
        await page.ClickAsync("[data-section=add-user] button[type=submit]");
        await page.WaitForSelectorAsync("#link");
        (await page.Locator("#link").InnerTextAsync()).ShouldContain("/app/set-password?token=");
        var added = page.Locator("tr[data-user='nou@alfa.ro']");
        (await added.Locator("[data-field=role]").InnerTextAsync()).ShouldBe("contabil");
        (await added.Locator("[data-field=companies]").InnerTextAsync()).ShouldBe("Alfa Distributie SRL");
        (await added.Locator("[data-field=state]").InnerTextAsync()).ShouldBe("fără parolă încă");
        await ShotAsync(page, "10-users-added");

        // The destructive actions wait behind their confirmation.
        var delete = added.Locator("details.action[data-action=delete]");
        (await delete.Locator("button[type=submit]").IsVisibleAsync()).ShouldBeFalse();
        await delete.Locator("summary").ClickAsync();
        await ShotAsync(page, "11-users-delete-confirmation");
        await delete.Locator("button[type=submit]").ClickAsync();
        await page.WaitForSelectorAsync("#notice");
        (await page.Locator("tr[data-user='nou@alfa.ro']").CountAsync()).ShouldBe(0);

        await page.ReloadAsync();
        (await page.Locator("#link").CountAsync()).ShouldBe(0, "the link is shown once, never again");

        var phone = await SignedInAsync(DashboardWorld.OwnerEmail, width: 390);
        await phone.GotoAsync(Url("/app/users"));
        await ShotAsync(phone, "12-users-phone");
    }

    [Fact]
    public async Task The_owner_edits_a_company_setting_and_a_wrong_value_is_shown_next_to_its_field()
    {
        var page = await SignedInAsync(DashboardWorld.OwnerEmail);
        await page.GotoAsync(Url($"/app/companies/{world.Beta}"));
        await page.FillAsync("#delayHours", "doua");
        await page.ClickAsync("form[data-section=settings] button[type=submit]");
        await page.WaitForSelectorAsync("#delayHours-error");
        (await page.Locator("#delayHours-error").InnerTextAsync()).ShouldContain("0 sau mai mult");
        (await page.GetAttributeAsync("#delayHours", "aria-invalid")).ShouldBe("true");
        await ShotAsync(page, "13-company-settings-error");

        await page.FillAsync("#delayHours", "4");
        await page.UncheckAsync("#autoSend");
        await page.ClickAsync("form[data-section=settings] button[type=submit]");
        await page.WaitForSelectorAsync("#notice");
        (await page.InputValueAsync("#delayHours")).ShouldBe("4");
        (await page.IsCheckedAsync("#autoSend")).ShouldBeFalse();
        await ShotAsync(page, "14-company-settings-saved");

        var settings = (await (await world.Server.Client.FetchAsync($"v1/companies/{world.Beta}")).BodyAsync()).GetProperty("settings");
        settings.GetProperty("delayHours").GetInt32().ShouldBe(4);
        settings.GetProperty("autoSend").GetBoolean().ShouldBeFalse();
    }
}
