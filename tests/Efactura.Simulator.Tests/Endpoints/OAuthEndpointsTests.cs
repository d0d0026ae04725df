using System.Net;
using System.Text;
using System.Text.Json;

namespace Efactura.Simulator.Tests.Endpoints;

public sealed class OAuthEndpointsTests : SimulatorTest
{
    private const string Redirect = "http://127.0.0.1:9999/callback";

    private HttpClient NoRedirects() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Simulator.BaseAddress };

    private async Task<string> LoginAsync(string cuis = "8000000000,14080700")
    {
        using var http = NoRedirects();
        var form = await http.GetStringAsync($"anaf-oauth2/v1/authorize?response_type=code&client_id=efactura-simulator&redirect_uri={Uri.EscapeDataString(Redirect)}&token_content_type=jwt", Cancel);
        form.ShouldContain("<form method=\"post\" action=\"authorize\">");
        using var response = await http.PostAsync("anaf-oauth2/v1/authorize", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "efactura-simulator", ["redirect_uri"] = Redirect, ["serial"] = "CERT42", ["cuis"] = cuis, ["state"] = "s1",
        }), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith(Redirect + "?code=");
        location.ShouldEndWith("&state=s1");
        return location[(Redirect.Length + 6)..location.IndexOf('&', StringComparison.Ordinal)];
    }

    private async Task<(int Status, JsonElement Body)> TokenAsync(Dictionary<string, string> form, bool basic = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "anaf-oauth2/v1/token") { Content = new FormUrlEncodedContent(form) };
        if (basic) request.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("efactura-simulator:simulator-secret")));
        using var response = await Http.SendAsync(request, Cancel);
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone());
    }

    private static Dictionary<string, string> CodeGrant(string code) => new()
    {
        ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = Redirect, ["token_content_type"] = "jwt",
    };

    private static JsonElement Claims(string jwt) =>
        JsonDocument.Parse(Convert.FromBase64String(Pad(jwt.Split('.')[1].Replace('-', '+').Replace('_', '/')))).RootElement.Clone();

    private static string Pad(string s) => s + new string('=', (4 - s.Length % 4) % 4);

    [Fact]
    public async Task Code_exchange_with_basic_credentials_issues_a_bearer_pair_lasting_ninety_days()
    {
        var (status, body) = await TokenAsync(CodeGrant(await LoginAsync()));

        status.ShouldBe(200);
        body.GetProperty("token_type").GetString().ShouldBe("Bearer");
        body.GetProperty("expires_in").GetInt64().ShouldBe(7_776_000);
        var access = Claims(body.GetProperty("access_token").GetString()!);
        var refresh = Claims(body.GetProperty("refresh_token").GetString()!);
        (access.GetProperty("exp").GetInt64() - access.GetProperty("iat").GetInt64()).ShouldBe(90L * 24 * 3600);
        (refresh.GetProperty("exp").GetInt64() - refresh.GetProperty("iat").GetInt64()).ShouldBe(365L * 24 * 3600);
        access.GetProperty("iss").GetString().ShouldBe("https://logincert.anaf.ro");
        access.GetProperty("serial").GetString().ShouldBe("CERT42");
        access.GetProperty("clientappid").GetString().ShouldBe("efactura-simulator");
    }

    [Fact]
    public async Task Client_credentials_may_come_as_form_fields()
    {
        var form = CodeGrant(await LoginAsync());
        form["client_id"] = "efactura-simulator";
        form["client_secret"] = "simulator-secret";

        (await TokenAsync(form, basic: false)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Wrong_client_secret_is_invalid_client()
    {
        var form = CodeGrant(await LoginAsync());
        form["client_id"] = "efactura-simulator";
        form["client_secret"] = "wrong";

        var (status, body) = await TokenAsync(form, basic: false);

        status.ShouldBe(400);
        body.GetProperty("error").GetString().ShouldBe("invalid_client");
    }

    [Fact]
    public async Task Code_is_single_use_and_dies_after_sixty_seconds()
    {
        var code = await LoginAsync();
        var late = await LoginAsync();

        (await TokenAsync(CodeGrant(code))).Status.ShouldBe(200);
        (await TokenAsync(CodeGrant(code))).Body.GetProperty("error").GetString().ShouldBe("invalid_grant");
        Clock.Advance(TimeSpan.FromSeconds(61));
        (await TokenAsync(CodeGrant(late))).Body.GetProperty("error").GetString().ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Refresh_rotates_both_tokens_and_the_old_refresh_token_dies()
    {
        var (_, first) = await TokenAsync(CodeGrant(await LoginAsync()));
        var oldRefresh = first.GetProperty("refresh_token").GetString()!;
        Clock.Advance(TimeSpan.FromDays(1));

        var (status, second) = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = oldRefresh });
        var (_, reused) = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = oldRefresh });

        status.ShouldBe(200);
        second.GetProperty("refresh_token").GetString().ShouldNotBe(oldRefresh);
        second.GetProperty("access_token").GetString().ShouldNotBe(first.GetProperty("access_token").GetString());
        reused.GetProperty("error").GetString().ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Access_token_lifetime_can_be_shortened_while_running_so_a_gateway_refresher_has_work()
    {
        Simulator.AccessTokenLifetime = TimeSpan.FromHours(2);
        var (_, shortLived) = await TokenAsync(CodeGrant(await LoginAsync()));
        Simulator.AccessTokenLifetime = TimeSpan.FromDays(90);
        var (_, refreshed) = await TokenAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = shortLived.GetProperty("refresh_token").GetString()! });

        shortLived.GetProperty("expires_in").GetInt64().ShouldBe(7_200);
        Claims(shortLived.GetProperty("access_token").GetString()!).GetProperty("exp").GetInt64().ShouldBe(Start.AddHours(2).ToUnixTimeSeconds());
        refreshed.GetProperty("expires_in").GetInt64().ShouldBe(7_776_000);
    }

    [Fact]
    public async Task Logged_in_holder_acts_for_the_cuis_it_named_until_the_token_expires()
    {
        var (_, tokens) = await TokenAsync(CodeGrant(await LoginAsync("14080700")));
        using var http = new HttpClient { BaseAddress = Simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());

        var (_, _, own) = await GetAsync("test/FCTEL/rest/listaMesajeFactura?zile=1&cif=14080700", http);
        var (_, _, other) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}", http);
        Clock.Advance(TimeSpan.FromDays(90));
        var (expired, _, _) = await GetAsync("test/FCTEL/rest/listaMesajeFactura?zile=1&cif=14080700", http);

        own.ShouldContain("Nu exista mesaje");
        other.ShouldContain($"Nu aveti drept in SPV pentru CIF={Cif}");
        expired.ShouldBe(403);
    }

    [Fact]
    public async Task Unknown_grant_type_is_refused()
    {
        var (status, body) = await TokenAsync(new() { ["grant_type"] = "password" });

        status.ShouldBe(400);
        body.GetProperty("error").GetString().ShouldBe("unsupported_grant_type");
    }

    [Fact]
    public async Task Authorize_refuses_an_unknown_client()
    {
        var (status, _, _) = await GetAsync($"anaf-oauth2/v1/authorize?response_type=code&client_id=nobody&redirect_uri={Uri.EscapeDataString(Redirect)}");

        status.ShouldBe(400);
    }
}
