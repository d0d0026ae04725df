using System.Net;
using System.Text.RegularExpressions;
using Efactura.Server.Anaf;
using Efactura.Server.Dashboard;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Dashboard;
using Efactura.Server.Storage.Users;
using Efactura.Server.Tests.Api;
using Efactura.Server.Tests.Hosting;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// The owner's pages of the dashboard over HTTP against the real gateway (Kestrel on loopback, SQLite): users added,
/// changed and removed from <c>/app/users</c> (never the last owner, never by a non-owner), a company's settings
/// edited on its page through the API's own service, and the companies list's last successful ANAF call after a real
/// call to the simulator.
/// </summary>
public sealed partial class DashboardUsersPagesTests : IAsyncLifetime
{
    private const string Password = "parola-de-test-lunga";
    private const string OwnerEmail = "owner@alfa.ro";

    private TestServer server = null!;
    private Guid alfa;
    private Guid beta;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await TestServer.StartAsync();
        alfa = await server.Client.CreateCompanyAsync("18547290");
        beta = await server.Client.CreateCompanyAsync("14399840");
        await UserAsync(OwnerEmail, DashboardRole.Owner);
    }

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private async Task<DashboardUser> UserAsync(string email, DashboardRole role, params Guid[] companies)
    {
        var users = server.Service<UserRepository>();
        var created = (await users.CreateAsync(server.TenantId, email, role, companies, Token))!;
        return (await users.SetPasswordAsync(created.Link.Token, Password, Token))!;
    }

    private Task<DashboardHttpSession> SignInAsync(string email) => DashboardHttpSession.SignedInAsync(server.BaseAddress, email, Password);

    [Fact]
    public async Task The_owner_adds_an_accountant_whose_link_sets_a_password_and_who_then_sees_only_the_assigned_company()
    {
        using var owner = await SignInAsync(OwnerEmail);
        var added = await owner.PostFormAsync("app/users", "app/users?handler=create",
            [("Email", "Ana@Beta.ro"), ("Role", "accountant"), ("CompanyIds", beta.ToString())]);
        var html = await DashboardHttpSession.HtmlAsync(added);
        added.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        var link = SetPasswordLink().Match(html);
        link.Success.ShouldBeTrue("the page shows the one-time link");

        // The same service as the users command: the user exists with the role and the company, without a password yet.
        var stored = (await server.Service<UserRepository>().FindAsync(server.TenantId, "ana@beta.ro", Token))!;
        stored.Role.ShouldBe(DashboardRole.Accountant);
        stored.CompanyIds.ShouldBe([beta]);
        stored.HasPassword.ShouldBeFalse();
        var list = await owner.PageAsync("app/users");
        list.ShouldContain("ana@beta.ro");
        list.ShouldContain("fără parolă încă");

        using var accountant = new DashboardHttpSession(server.BaseAddress);
        var path = link.Groups[1].Value;
        var set = await accountant.PostFormAsync(path, "app/set-password", [("Token", Uri.UnescapeDataString(path[(path.IndexOf('=') + 1)..])), ("Password", "o-parola-noua-si-lunga")]);
        set.StatusCode.ShouldBe(HttpStatusCode.Redirect, await DashboardHttpSession.HtmlAsync(set));
        (await accountant.PostFormAsync("app/sign-in", path, [("Password", "inca-o-parola-lunga")])).StatusCode
            .ShouldBe(HttpStatusCode.NotFound, "the link works once");

        using var signedIn = await DashboardHttpSession.SignedInAsync(server.BaseAddress, "ana@beta.ro", "o-parola-noua-si-lunga");
        var companies = await signedIn.PageAsync("app/companies");
        companies.ShouldContain($"data-company=\"{beta}\"");
        companies.ShouldNotContain($"data-company=\"{alfa}\"");
        await signedIn.PageAsync($"app/companies/{alfa}", HttpStatusCode.NotFound);
        (await owner.PageAsync("app/users")).ShouldContain("ana@beta.ro");
    }

    [Fact]
    public async Task The_last_owner_is_never_demoted_disabled_or_deleted_and_another_owner_makes_it_possible()
    {
        var users = server.Service<UserRepository>();
        var me = (await users.FindAsync(server.TenantId, OwnerEmail, Token))!;
        // The development owner a Development server makes at its first start goes first: OwnerEmail is the last owner.
        foreach (var other in (await users.ListAsync(server.TenantId, Token)).Where(u => u.Id != me.Id))
            (await users.DeleteAsync(server.TenantId, other.Id, Token)).Outcome.ShouldBe(UserChangeOutcome.Changed);
        using var owner = await SignInAsync(OwnerEmail);
        var forms = await owner.PageAsync("app/users");
        foreach (var handler in new[] { "change", "reset", "disable", "delete" }) forms.ShouldContain($"action=\"/app/users/{me.Id}?handler={handler}\"");
        forms.ShouldContain("action=\"/app/users?handler=create\"");
        foreach (var (handler, fields) in new (string, (string, string)[])[] { ("delete", []), ("disable", []), ("change", [("Role", "viewer")]) })
        {
            var refused = await owner.PostFormAsync("app/users", $"app/users/{me.Id}?handler={handler}", fields);
            var html = await DashboardHttpSession.HtmlAsync(refused);
            refused.StatusCode.ShouldBe(HttpStatusCode.Conflict, handler);
            html.ShouldContain("este ultimul proprietar activ", customMessage: handler);
        }
        var still = (await server.Service<UserRepository>().GetAsync(me.Id, Token))!;
        still.Role.ShouldBe(DashboardRole.Owner);
        still.Enabled.ShouldBeTrue();

        // A second owner disabled does not count; enabled, it does.
        var second = await UserAsync("second@alfa.ro", DashboardRole.Owner);
        (await owner.PostFormAsync("app/users", $"app/users/{second.Id}?handler=disable", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await owner.PostFormAsync("app/users", $"app/users/{me.Id}?handler=delete", [])).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await owner.PostFormAsync("app/users", $"app/users/{second.Id}?handler=enable", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await owner.PostFormAsync("app/users", $"app/users/{me.Id}?handler=change", [("Role", "viewer")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await server.Service<UserRepository>().GetAsync(me.Id, Token))!.Role.ShouldBe(DashboardRole.Viewer);
        (await owner.GetAsync("app/users")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a viewer now: the page is refused at once");
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_their_open_session_ends()
    {
        var accountant = await UserAsync("contabil@beta.ro", DashboardRole.Accountant, beta);
        using var session = await SignInAsync("contabil@beta.ro");
        await session.PageAsync("app/companies");
        using var owner = await SignInAsync(OwnerEmail);
        (await owner.PostFormAsync("app/users", $"app/users/{accountant.Id}?handler=disable", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await owner.PageAsync("app/users")).ShouldContain("dezactivat");

        var ended = await session.GetAsync("app/companies");
        ended.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ended.Headers.Location!.OriginalString.ShouldContain("/app/sign-in");
        using var again = new DashboardHttpSession(server.BaseAddress);
        (await again.PostFormAsync("app/sign-in", "app/sign-in", [("Email", "contabil@beta.ro"), ("Password", Password)])).StatusCode
            .ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Neither_an_accountant_nor_a_viewer_reaches_the_users_page_also_by_typing_its_url()
    {
        await UserAsync("contabil@beta.ro", DashboardRole.Accountant, beta);
        await UserAsync("viewer@alfa.ro", DashboardRole.Viewer);
        using var owner = await SignInAsync(OwnerEmail);
        (await owner.PageAsync("app")).ShouldContain("href=\"/app/users\"");
        var ownerId = (await server.Service<UserRepository>().FindAsync(server.TenantId, OwnerEmail, Token))!.Id;

        foreach (var email in new[] { "contabil@beta.ro", "viewer@alfa.ro" })
        {
            using var session = await SignInAsync(email);
            (await session.PageAsync("app")).ShouldNotContain("href=\"/app/users\"", customMessage: "no link in the menu");
            foreach (var path in new[] { "app/users", $"app/users/{ownerId}" })
            {
                var refused = await session.GetAsync(path);
                refused.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{email} GET {path}");
                refused.Headers.Location!.OriginalString.ShouldContain("/app/sign-in");
                (await DashboardHttpSession.HtmlAsync(refused)).ShouldNotContain(OwnerEmail);
            }
            // A form posted with a valid antiforgery token (from another page) changes nothing either.
            var posted = await session.PostFormAsync("app", "app/users?handler=create", [("Email", "intrus@alfa.ro"), ("Role", "owner")]);
            posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await session.PostFormAsync("app", $"app/users/{ownerId}?handler=delete", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        (await server.Service<UserRepository>().FindAsync(server.TenantId, "intrus@alfa.ro", Token)).ShouldBeNull();
        (await server.Service<UserRepository>().GetAsync(ownerId, Token)).ShouldNotBeNull();
        using var anonymous = new DashboardHttpSession(server.BaseAddress);
        (await anonymous.GetAsync("app/users")).Headers.Location!.OriginalString.ShouldContain("/app/sign-in");
    }

    [Fact]
    public async Task The_company_page_edits_the_settings_through_the_api_service_showing_errors_next_to_their_fields()
    {
        using var owner = await SignInAsync(OwnerEmail);
        var page = $"app/companies/{alfa}";
        var before = await (await server.Client.FetchAsync($"v1/companies/{alfa}")).Content.ReadAsStringAsync(Token);

        var refused = await owner.PostFormAsync(page, $"{page}?handler=settings",
            [("Settings.Environment", "test"), ("Settings.DelayHours", "doua"), ("Settings.SyncEnabled", "on"), ("Settings.SyncDaysBack", "90")]);
        var html = await DashboardHttpSession.HtmlAsync(refused);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        // The typed text is not a number: the form says so; 90 days is read, then refused by the company's rules.
        FieldError(html, "delayHours").ShouldBe("Un număr întreg de ore, 0 sau mai mult (0: imediat).");
        FieldError(html, "syncDaysBack").ShouldStartWith("Un număr întreg de zile, de la 1 la 60");
        html.ShouldContain("value=\"doua\"");
        (await (await server.Client.FetchAsync($"v1/companies/{alfa}")).Content.ReadAsStringAsync(Token)).ShouldBe(before, "nothing changed");

        var refusedByRules = await owner.PostFormAsync(page, $"{page}?handler=settings",
            [("Settings.Environment", "test"), ("Settings.DelayHours", "-2"), ("Settings.SyncDaysBack", "30")]);
        refusedByRules.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        FieldError(await DashboardHttpSession.HtmlAsync(refusedByRules), "delayHours").ShouldNotBeEmpty();

        var saved = await owner.PostFormAsync(page, $"{page}?handler=settings",
            [("Settings.Environment", "test"), ("Settings.DelayHours", "3"), ("Settings.SyncDaysBack", "30")]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await DashboardHttpSession.HtmlAsync(saved));
        (await owner.PageAsync(page)).ShouldContain("Setări salvate.");

        var settings = (await (await server.Client.FetchAsync($"v1/companies/{alfa}")).BodyAsync()).GetProperty("settings");
        settings.GetProperty("environment").GetString().ShouldBe("test");
        settings.GetProperty("autoSend").GetBoolean().ShouldBeFalse("the box was not ticked");
        settings.GetProperty("delayHours").GetInt32().ShouldBe(3);
        settings.GetProperty("syncEnabled").GetBoolean().ShouldBeFalse();
        settings.GetProperty("syncDaysBack").GetInt32().ShouldBe(30);
    }

    [Fact]
    public async Task Settings_are_read_only_for_a_viewer_and_an_unassigned_company_is_not_found_for_an_accountant()
    {
        await UserAsync("viewer@alfa.ro", DashboardRole.Viewer);
        await UserAsync("contabil@beta.ro", DashboardRole.Accountant, beta);
        var before = await (await server.Client.FetchAsync($"v1/companies/{alfa}")).Content.ReadAsStringAsync(Token);
        var change = new[] { ("Settings.Environment", "test"), ("Settings.DelayHours", "7"), ("Settings.SyncDaysBack", "10") };

        using var viewer = await SignInAsync("viewer@alfa.ro");
        var readOnly = await viewer.PageAsync($"app/companies/{alfa}");
        readOnly.ShouldNotContain("handler=settings");
        readOnly.ShouldContain("Doar citire");
        (await viewer.PostFormAsync($"app/companies/{alfa}", $"app/companies/{alfa}?handler=settings", change)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var accountant = await SignInAsync("contabil@beta.ro");
        (await accountant.PageAsync($"app/companies/{beta}")).ShouldContain("handler=settings");
        (await accountant.PostFormAsync($"app/companies/{beta}", $"app/companies/{alfa}?handler=settings", change)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await server.Client.FetchAsync($"v1/companies/{alfa}")).Content.ReadAsStringAsync(Token)).ShouldBe(before);
    }

    [Fact]
    public async Task The_companies_list_shows_the_last_successful_anaf_call_after_a_real_call_to_the_simulator()
    {
        using var owner = await SignInAsync(OwnerEmail);
        LastCallCell(await owner.PageAsync("app/companies"), alfa).ShouldBe("—", "no call yet");

        var time = server.Service<TimeProvider>();
        var company = (await server.Service<CompanyRepository>().GetAsync(server.TenantId, alfa, Token))!;
        company.Settings.Environment.ShouldBe(AnafEnvironment.Simulator, "a Development server's default: connected to its simulator");
        var earliest = time.GetUtcNow();
        var client = await server.Service<AnafClients>().ForCompanyAsync(company);
        var listed = await client.ListMessagesAsync(company.Cui, 10, cancellationToken: Token);
        listed.Error.ShouldBeNull();
        var latest = time.GetUtcNow();

        var overview = (await server.Service<DashboardRepository>().CompaniesAsync(server.TenantId, [alfa], Token)).ShouldHaveSingleItem();
        overview.LastAnafCallAt.ShouldNotBeNull();
        overview.LastAnafCallAt.Value.ShouldBeInRange(earliest, latest);
        var html = await owner.PageAsync("app/companies");
        LastCallCell(html, alfa).ShouldBe(Format.Instant(overview.LastAnafCallAt.Value));
        LastCallCell(html, beta).ShouldBe("—", "Beta made no call");
        (await owner.PageAsync($"app/companies/{alfa}")).ShouldContain(Format.Instant(overview.LastAnafCallAt.Value));
    }

    private static string FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"<span class=\"field-error\" id=\"{field}-error\">([^<]*)</span>");
        match.Success.ShouldBeTrue($"the {field} field shows its error");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private static string LastCallCell(string html, Guid company)
    {
        var match = Regex.Match(html, $"<tr data-company=\"{company}\">.*?<td data-column=\"last-anaf-call\">([^<]*)</td>", RegexOptions.Singleline);
        match.Success.ShouldBeTrue("the companies list has the column");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("https?://[^/\"<]+(/app/set-password\\?token=[^\"<\\s]+)")]
    private static partial Regex SetPasswordLink();
}
