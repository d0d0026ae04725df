using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Efactura.Anaf;
using Efactura.Server.Anaf;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Tests.Storage;
using Efactura.Simulator;
using Microsoft.AspNetCore.WebUtilities;

namespace Efactura.Server.Tests.Api.Connections;

/// <summary>The ANAF connection end to end: the gateway over real HTTP, the simulator as ANAF over real HTTP.</summary>
public sealed class AnafConnectionApiTests(SimulatorFixture fixture) : IAsyncLifetime, IClassFixture<SimulatorFixture>
{
    private readonly AnafSimulator simulator = fixture.Simulator;
    private ConnectionTestServer server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        server = await ConnectionTestServer.StartAsync(("Efactura:Anaf:Simulator:Url", simulator.BaseAddress.AbsoluteUri));
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Connect_redirects_to_ANAF_and_the_callback_stores_tokens_that_work()
    {
        // The test server runs on the system clock: expiries are bracketed by the instants before and after, so a slow
        // machine cannot make the comparison fail. JWT expiries are whole seconds.
        var before = server.Service<TimeProvider>().GetUtcNow().AddSeconds(-1);
        var (tenant, key) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant);

        var redirect = await server.Client(key).GetAsync($"v1/anaf/connect?companyId={company.Id}", Token);

        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var authorize = redirect.Headers.Location!;
        authorize.GetLeftPart(UriPartial.Path).ShouldBe(new Uri(simulator.BaseAddress, "anaf-oauth2/v1/authorize").AbsoluteUri);
        var query = QueryHelpers.ParseQuery(authorize.Query);
        query["client_id"].ToString().ShouldBe("efactura-simulator");
        query["redirect_uri"].ToString().ShouldBe(new Uri(server.Address, "v1/anaf/callback").AbsoluteUri);
        query["state"].ToString().Length.ShouldBeGreaterThanOrEqualTo(43);

        var callback = await SimulatorLogin.LogInAsync(authorize, "SERIAL-1", company.Cui);
        callback.GetLeftPart(UriPartial.Path).ShouldBe(new Uri(server.Address, "v1/anaf/callback").AbsoluteUri);
        var page = await server.Client().GetAsync(callback, Token);
        var html = await page.Content.ReadAsStringAsync(Token);

        page.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("Connected to ANAF");
        html.ShouldContain(company.Name);
        var credentials = await server.Service<AnafConnectionRepository>().GetCredentialsAsync(tenant.Id, company.Id, Token);
        html.ShouldNotContain(credentials!.Tokens.AccessToken);
        html.ShouldNotContain(credentials.Tokens.RefreshToken);

        var state = await server.Client(key).GetAsync($"v1/companies/{company.Id}/anaf", Token).ShouldBeJsonAsync();
        var after = server.Service<TimeProvider>().GetUtcNow();
        state.GetProperty("status").GetString().ShouldBe("active");
        state.GetProperty("companyId").GetGuid().ShouldBe(company.Id);
        state.GetProperty("accessExpiresAt").GetDateTimeOffset().ShouldBeInRange(before.AddDays(90), after.AddDays(90));
        state.GetProperty("refreshExpiresAt").GetDateTimeOffset().ShouldBeInRange(before.AddDays(365), after.AddDays(365));
        state.TryGetProperty("lastError", out _).ShouldBeFalse();
        state.ToString().ShouldNotContain(credentials.Tokens.AccessToken);

        // The stored token is ANAF's real grant: the simulator lists the company's messages with it.
        var client = await server.Service<AnafClients>().ForCompanyAsync(company);
        var messages = await client.ListMessagesAsync(company.Cui, 10, cancellationToken: Token);
        messages.IsSuccess.ShouldBeTrue(messages.Error?.ToString());
    }

    [Fact]
    public async Task A_callback_replayed_after_success_is_refused_and_leaves_the_connection_alone()
    {
        var (tenant, key) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant);
        var callback = await ConsentCallbackAsync(key, company.Id, company.Cui);
        (await server.Client().GetAsync(callback, Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var version = (await server.Service<AnafConnectionRepository>().GetAsync(tenant.Id, company.Id, Token))!.TokenVersion;

        var replay = await server.Client().GetAsync(callback, Token);

        replay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await replay.Content.ReadAsStringAsync(Token)).ShouldContain("already completed");
        (await server.Service<AnafConnectionRepository>().GetAsync(tenant.Id, company.Id, Token))!.TokenVersion.ShouldBe(version);
    }

    [Fact]
    public async Task A_code_ANAF_refuses_to_exchange_gives_an_error_page_and_no_connection()
    {
        var (tenant, key) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant);
        var callback = await ConsentCallbackAsync(key, company.Id, company.Cui);
        var state = QueryHelpers.ParseQuery(callback.Query)["state"].ToString();

        var page = await server.Client().GetAsync($"v1/anaf/callback?code=forged&state={Uri.EscapeDataString(state)}", Token);

        page.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        (await page.Content.ReadAsStringAsync(Token)).ShouldContain("invalid_grant");
        (await server.Client(key).GetAsync($"v1/companies/{company.Id}/anaf", Token)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("v1/anaf/callback?code=abc&state=forged", HttpStatusCode.BadRequest, "does not belong to a connection started by this server")]
    [InlineData("v1/anaf/callback?state=abc", HttpStatusCode.BadRequest, "needs both the code and the state")]
    [InlineData("v1/anaf/callback?error=access_denied&error_description=%3Cscript%3E", HttpStatusCode.BadRequest, "access_denied: &lt;script&gt;")]
    public async Task A_callback_that_cannot_complete_explains_why_on_a_page(string path, HttpStatusCode status, string reason)
    {
        var page = await server.Client().GetAsync(path, Token);

        page.StatusCode.ShouldBe(status);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await page.Content.ReadAsStringAsync(Token);
        html.ShouldContain(reason);
        html.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task A_token_link_connects_the_company_from_another_device_once()
    {
        var (tenant, key) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant);
        // The server runs on the system clock: the link's expiry is bracketed by the instants before and after the call
        // (stored times keep milliseconds at most).
        var before = server.Service<TimeProvider>().GetUtcNow().AddMilliseconds(-1);

        var created = await server.Client(key).PostAsJsonAsync("v1/anaf/token-links", new { companyId = company.Id }, Token).ShouldBeJsonAsync(HttpStatusCode.Created);
        var after = server.Service<TimeProvider>().GetUtcNow();
        var url = new Uri(created.GetProperty("url").GetString()!);
        var linkToken = created.GetProperty("linkToken").GetString()!;
        url.ShouldBe(new Uri(server.Address, $"v1/anaf/token-links/{linkToken}"));
        created.GetProperty("expiresAt").GetDateTimeOffset().ShouldBeInRange(before.AddHours(24), after.AddHours(24));

        // The other device has no API key: only the link.
        var opened = await server.Client().GetAsync(url, Token);
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var callback = await SimulatorLogin.LogInAsync(opened.Headers.Location!, "SERIAL-2", company.Cui);
        (await server.Client().GetAsync(callback, Token)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var state = await server.Client(key).GetAsync($"v1/companies/{company.Id}/anaf", Token).ShouldBeJsonAsync();
        state.GetProperty("status").GetString().ShouldBe("active");
        var reopened = await server.Client().GetAsync(url, Token);
        reopened.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await reopened.Content.ReadAsStringAsync(Token)).ShouldContain("already been used");
        (await server.Service<AnafAuthorizationRepository>().CheckTokenLinkAsync(linkToken, Token)).Check.ShouldBe(OneTimeCheck.Used);
    }

    [Fact]
    public async Task An_expired_or_unknown_token_link_gives_a_clear_error_page()
    {
        var (tenant, _) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant);
        var yesterday = new AnafAuthorizationRepository(server.Service<Database>(), new ManualClock(server.Service<TimeProvider>().GetUtcNow().AddHours(-25)));
        var expired = await yesterday.CreateTokenLinkAsync(tenant.Id, company.Id, TimeSpan.FromHours(24), Token);

        var gone = await server.Client().GetAsync($"v1/anaf/token-links/{expired!.Value}", Token);
        var unknown = await server.Client().GetAsync("v1/anaf/token-links/not-a-link", Token);

        gone.StatusCode.ShouldBe(HttpStatusCode.Gone);
        (await gone.Content.ReadAsStringAsync(Token)).ShouldContain("This link has expired");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadAsStringAsync(Token)).ShouldContain("This link is not known");
    }

    [Fact]
    public async Task Connection_endpoints_need_an_api_key_and_valid_input()
    {
        var (tenant, key) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant);
        var client = server.Client(key);

        await server.Client().GetAsync($"v1/anaf/connect?companyId={company.Id}", Token).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await server.Client().PostAsJsonAsync("v1/anaf/token-links", new { companyId = company.Id }, Token).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await client.GetAsync("v1/anaf/connect", Token).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await client.GetAsync("v1/anaf/connect?companyId=nope", Token).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await client.GetAsync($"v1/anaf/connect?companyId={Guid.NewGuid()}", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await client.PostAsync("v1/anaf/token-links", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"), Token).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await client.PostAsJsonAsync("v1/anaf/token-links", new { }, Token).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await client.GetAsync("v1/companies/nope/anaf", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_tenant_cannot_connect_read_or_disconnect_a_company()
    {
        var (tenant, key) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant);
        (await server.Client().GetAsync(await ConsentCallbackAsync(key, company.Id, company.Cui), Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, otherKey) = await server.TenantAsync("other");
        var other = server.Client(otherKey);

        await other.GetAsync($"v1/anaf/connect?companyId={company.Id}", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await other.PostAsJsonAsync("v1/anaf/token-links", new { companyId = company.Id }, Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await other.GetAsync($"v1/companies/{company.Id}/anaf", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await other.DeleteAsync($"v1/companies/{company.Id}/anaf", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        (await server.Client(key).GetAsync($"v1/companies/{company.Id}/anaf", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Disconnect_deletes_the_tokens()
    {
        var (tenant, key) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant);
        (await server.Client().GetAsync(await ConsentCallbackAsync(key, company.Id, company.Cui), Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var client = server.Client(key);

        var deleted = await client.DeleteAsync($"v1/companies/{company.Id}/anaf", Token);

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await server.Service<AnafConnectionRepository>().GetCredentialsAsync(tenant.Id, company.Id, Token)).ShouldBeNull();
        var missing = await client.GetAsync($"v1/companies/{company.Id}/anaf", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        missing.GetProperty("detail").GetString()!.ShouldContain("/v1/anaf/connect");
        await client.DeleteAsync($"v1/companies/{company.Id}/anaf", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_company_in_ANAFs_test_environment_cannot_connect_before_the_OAuth_application_is_configured()
    {
        var (tenant, key) = await server.TenantAsync();
        var company = await server.Service<CompanyRepository>().CreateAsync(tenant.Id, "55555555", "Test SRL", new CompanySettings(Efactura.Server.Storage.Companies.AnafEnvironment.Test), Token);

        var connect = await server.Client(key).GetAsync($"v1/anaf/connect?companyId={company!.Id}", Token).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        var link = await server.Client(key).PostAsJsonAsync("v1/anaf/token-links", new { companyId = company.Id }, Token).ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);

        connect.GetProperty("detail").GetString()!.ShouldContain("Efactura:Anaf:ClientId");
        link.GetProperty("type").GetString().ShouldBe("urn:efactura:problem:anaf-not-configured");
    }

    [Fact]
    public async Task A_configured_redirect_uri_is_sent_to_ANAF_and_is_the_base_of_token_links()
    {
        await using var proxied = await ConnectionTestServer.StartAsync(
            ("Efactura:Anaf:Simulator:Url", simulator.BaseAddress.AbsoluteUri),
            ("Efactura:Anaf:RedirectUri", "https://efactura.example.ro/v1/anaf/callback"));
        var (tenant, key) = await proxied.TenantAsync();
        var company = await proxied.CompanyAsync(tenant);

        var redirect = await proxied.Client(key).GetAsync($"v1/anaf/connect?companyId={company.Id}", Token);
        var link = await proxied.Client(key).PostAsJsonAsync("v1/anaf/token-links", new { companyId = company.Id }, Token).ShouldBeJsonAsync(HttpStatusCode.Created);

        QueryHelpers.ParseQuery(redirect.Headers.Location!.Query)["redirect_uri"].ToString().ShouldBe("https://efactura.example.ro/v1/anaf/callback");
        link.GetProperty("url").GetString().ShouldStartWith("https://efactura.example.ro/v1/anaf/token-links/");
    }

    /// <summary>Starts a consent with the API and logs in at the simulator; returns the callback the browser would open.</summary>
    private async Task<Uri> ConsentCallbackAsync(string key, Guid companyId, string cui)
    {
        var redirect = await server.Client(key).GetAsync($"v1/anaf/connect?companyId={companyId}", Token);
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await SimulatorLogin.LogInAsync(redirect.Headers.Location!, "SERIAL-" + cui, cui);
    }
}
