using Efactura.Testing;
using Microsoft.Playwright;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// Debian's Chromium driven by Playwright for the dashboard's browser tests: one browser per test class, a page signed
/// in as a user of the gateway at <see cref="Url"/>'s base, and full-page screenshots in <c>TestResults/screenshots</c>
/// for a person to look at. A missing Chromium fails the test (it is a required component), never skips it.
/// </summary>
public sealed class DashboardBrowser : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly Uri server;

    private DashboardBrowser(IPlaywright playwright, IBrowser browser, Uri server)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.server = server;
    }

    private static string Screenshots => Path.Combine(TestPaths.RepositoryRoot, "TestResults", "screenshots");

    /// <summary>Starts Chromium for the gateway at <paramref name="server"/>.</summary>
    public static async Task<DashboardBrowser> LaunchAsync(Uri server)
    {
        if (!File.Exists(Chromium)) Strict.Missing($"{Chromium} is missing (apt-get install chromium)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        Directory.CreateDirectory(Screenshots);
        return new DashboardBrowser(playwright, browser, server);
    }

    /// <summary>The gateway's absolute address of <paramref name="path"/>.</summary>
    public string Url(string path) => new Uri(server, path.TrimStart('/')).AbsoluteUri;

    /// <summary>A new browser context (no session), <paramref name="width"/> pixels wide.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        // A whole-suite run shares two cores with hundreds of tests: waits are bounded generously, never timed.
        context.SetDefaultTimeout(120_000);
        return context;
    }

    /// <summary>
    /// A page signed in as <paramref name="email"/> through the sign-in form that <c>/app</c> sends a stranger to, on
    /// the triage page once the menu of a session is drawn (waiting for it, not for the load event of a redirect).
    /// </summary>
    public async Task<IPage> SignedInAsync(string email, string password, int width = 1280)
    {
        var context = await NewContextAsync(width);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/app"));
        page.Url.ShouldContain("/app/sign-in");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("form.stacked button[type=submit]");
        await page.WaitForSelectorAsync("header nav a[href='/app/invoices']");
        page.Url.ShouldBe(Url("/app"));
        return page;
    }

    /// <summary>Saves the whole of <paramref name="page"/> as <c>TestResults/screenshots/{name}.png</c>.</summary>
    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
