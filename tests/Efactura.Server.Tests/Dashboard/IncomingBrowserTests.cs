using Efactura.Testing;
using Microsoft.Playwright;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// The received invoices and SPV messages of the dashboard in Debian's Chromium driven by Playwright, against the real
/// gateway on loopback and its simulator: the list, an invoice's page, its PDF, a reply to the supplier sent after its
/// confirmation, the messages. Screenshots go to <c>TestResults/screenshots</c> for a person to look at.
/// </summary>
[Trait("Category", "Browser")]
public sealed class IncomingBrowserTests(IncomingWorld world) : IClassFixture<IncomingWorld>, IAsyncLifetime
{
    private DashboardBrowser browser = null!;

    public async ValueTask InitializeAsync() => browser = await DashboardBrowser.LaunchAsync(world.Server.BaseAddress);

    public ValueTask DisposeAsync() => browser.DisposeAsync();

    private string Url(string path) => browser.Url(path);

    private Task<IPage> SignedInAsync(string email, int width = 1280) => browser.SignedInAsync(email, IncomingWorld.Password, width);

    private static Task ShotAsync(IPage page, string name) => DashboardBrowser.ShotAsync(page, name);

    [Fact]
    public async Task The_owner_opens_a_received_invoice_and_its_pdf_and_sends_the_supplier_a_reply_after_confirming_it()
    {
        var page = await SignedInAsync(IncomingWorld.OwnerEmail);

        await page.ClickAsync("nav a[href='/app/incoming']");
        (await page.Locator("[data-section=incoming] tbody tr[data-incoming]").CountAsync()).ShouldBe(2);
        (await page.Locator($"[data-section=incoming] tr[data-message='{world.Pending}']").InnerTextAsync()).ShouldContain("8000000000");
        await ShotAsync(page, "20-incoming");

        await page.ClickAsync($"[data-incoming='{world.Recorded}'] a");
        (await page.Locator("[data-field=number]").InnerTextAsync()).ShouldBe(IncomingWorld.RecordedNumber);
        (await page.Locator("[data-field=supplier]").InnerTextAsync()).ShouldContain("RO" + IncomingWorld.RecordedSupplierCui);
        (await page.Locator("[data-field=partner]").InnerTextAsync()).ShouldContain(IncomingWorld.RecordedSupplierCui);
        (await page.Locator("[data-section=lines] tbody tr").CountAsync()).ShouldBe(4, "the recording has four lines");
        await ShotAsync(page, "21-incoming-invoice");

        // The PDF preview: our own rendering of ANAF's ZIP, served to the session.
        var href = await page.GetAttributeAsync("#pdf-link", "href");
        var pdf = await page.Context.APIRequest.GetAsync(Url(href!));
        pdf.Status.ShouldBe(200);
        pdf.Headers["content-type"].ShouldStartWith("application/pdf");
        (await pdf.BodyAsync())[..4].ShouldBe("%PDF"u8.ToArray());

        // The reply: written, shown back with its confirmation, and only then sent.
        await page.FillAsync("#reply-text", "Vă rugăm să emiteți o factură de stornare pentru linia 1.");
        await page.ClickAsync("form[data-form=reply] button[type=submit]");
        (await page.Locator("[data-field=pending]").InnerTextAsync()).ShouldBe("Vă rugăm să emiteți o factură de stornare pentru linia 1.");
        (await page.Locator("[data-section=replies] li").CountAsync()).ShouldBe(0, "nothing is sent before the confirmation");
        await ShotAsync(page, "22-incoming-reply-confirmation");
        await page.ClickAsync("form[data-form=confirm-reply] button[type=submit]");

        await page.WaitForSelectorAsync("#notice");
        (await page.Locator("[data-section=replies] li").AllInnerTextsAsync()).ShouldHaveSingleItem()
            .ShouldContain("Vă rugăm să emiteți o factură de stornare pentru linia 1.");
        await ShotAsync(page, "23-incoming-reply-sent");
    }

    [Fact]
    public async Task The_messages_page_lists_anafs_messages_and_a_phone_sized_accountant_sees_only_the_assigned_companys()
    {
        var page = await SignedInAsync(IncomingWorld.OwnerEmail);
        await page.ClickAsync("nav a[href='/app/messages']");
        (await page.Locator("[data-section=messages] tbody tr").CountAsync()).ShouldBe(4);
        await page.SelectOptionAsync("#type", "P");
        await page.ClickAsync("form.filters button");
        (await page.Locator("[data-section=messages] tbody tr").CountAsync()).ShouldBe(3);
        await ShotAsync(page, "24-messages");

        // From the triage's row near ANAF's purge to the message's page.
        await page.GotoAsync(Url("/app"));
        await page.ClickAsync($"[data-section=purge] tr[data-message='{world.Pending}'] a[href='/app/messages/{world.Pending}']");
        (await page.Locator("[data-field=details]").InnerTextAsync()).ShouldContain("cif_emitent=8000000000");
        await ShotAsync(page, "25-message");

        var phone = await SignedInAsync(IncomingWorld.AccountantEmail, width: 390);
        await phone.GotoAsync(Url("/app/incoming"));
        (await phone.Locator("[data-section=incoming] tbody tr").AllInnerTextsAsync()).ShouldHaveSingleItem().ShouldContain("BETA-0001");
        await ShotAsync(phone, "26-incoming-accountant-phone");
        var response = await phone.GotoAsync(Url($"/app/incoming/{world.Recorded}"));
        response!.Status.ShouldBe(404);
    }
}
