using System.Net;
using System.Text.Json;
using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Tests.Api.Companies;

public class CompaniesApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task A_company_is_created_with_the_default_settings_and_read_back()
    {
        var tenant = await api.NewTenantAsync();

        var created = await tenant.Client.PostJsonAsync("v1/companies", """{"cui":"RO 18547290","name":"Alfa Distributie SRL"}""");
        var body = await created.BodyAsync();
        var read = await (await tenant.Client.FetchAsync(created.Headers.Location!.ToString())).BodyAsync();

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe($"/v1/companies/{body.GetProperty("id").GetGuid()}");
        body.GetProperty("cui").GetString().ShouldBe("18547290");
        var settings = body.GetProperty("settings");
        settings.GetProperty("environment").GetString().ShouldBe("simulator");
        settings.GetProperty("autoSend").GetBoolean().ShouldBeTrue();
        settings.GetProperty("delayHours").GetInt32().ShouldBe(0);
        settings.GetProperty("syncEnabled").GetBoolean().ShouldBeTrue();
        settings.GetProperty("syncDaysBack").GetInt32().ShouldBe(60);
        read.GetRawText().ShouldBe(body.GetRawText());
    }

    [Fact]
    public async Task A_company_of_the_in_process_simulator_is_connected_to_it_at_once()
    {
        // The test server runs on the system clock (its TimeProvider): expiries are bracketed by the instants before and after, so a slow
        // machine cannot make the comparison fail. JWT expiries are whole seconds.
        var before = api.Server.Service<TimeProvider>().GetUtcNow().AddSeconds(-1);
        var tenant = await api.NewTenantAsync();

        var id = await tenant.Client.CreateCompanyAsync("RO18547290");

        var connection = await api.Server.Service<AnafConnectionRepository>().GetAsync(tenant.Id, id, TestContext.Current.CancellationToken);
        connection!.Status.ShouldBe(ConnectionStatus.Active);
        // The simulator's tokens live 90 days (access) and 365 days (refresh): the expiries come from the JWTs.
        var after = api.Server.Service<TimeProvider>().GetUtcNow();
        connection.AccessExpiresAt.ShouldBeInRange(before.AddDays(90), after.AddDays(90));
        connection.RefreshExpiresAt.ShouldBeInRange(before.AddDays(365), after.AddDays(365));
        var user = (await api.Server.SimulatorAsync(tenant.Id)).IssueTokens($"efactura-dev-{id:N}");
        user.AccessToken.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_company_of_another_environment_is_not_connected()
    {
        var tenant = await api.NewTenantAsync();

        var id = await tenant.Client.CreateCompanyAsync("RO18547290", """{"environment":"test"}""");

        (await api.Server.Service<AnafConnectionRepository>().GetAsync(tenant.Id, id, TestContext.Current.CancellationToken)).ShouldBeNull();
    }

    [Fact]
    public async Task A_cui_with_a_wrong_check_digit_is_422_with_a_finding_at_cui()
    {
        var tenant = await api.NewTenantAsync();

        var problem = await (await tenant.Client.PostJsonAsync("v1/companies", """{"cui":"RO18547291","name":"Alfa"}""")).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Kind().ShouldBe("invalid-company");
        var finding = problem.Findings().Single();
        finding.GetProperty("code").GetString().ShouldBe("EF-CUI-INVALID");
        finding.GetProperty("field").GetString().ShouldBe("/cui");
        finding.GetProperty("severity").GetString().ShouldBe("fatal");
        finding.GetProperty("fix").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Every_broken_value_of_a_company_is_reported_at_once()
    {
        var tenant = await api.NewTenantAsync();

        var problem = await (await tenant.Client.PostJsonAsync("v1/companies", """{"settings":{"delayHours":-1,"syncDaysBack":61}}"""))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Findings().Select(f => f.GetProperty("field").GetString())
            .ShouldBe(["/cui", "/name", "/settings/delayHours", "/settings/syncDaysBack"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("""{"cui":"18547290","name":"Alfa","settings":{"autoSnd":false}}""", "/settings/autoSnd")]
    [InlineData("""{"cui":"18547290","name":"Alfa","settings":{"environment":"staging"}}""", "/settings/environment")]
    [InlineData("""{"cui":"18547290","name":"Alfa","settings":{"delayHours":"two"}}""", "/settings/delayHours")]
    public async Task A_member_that_is_unknown_or_of_the_wrong_type_is_400_pointing_at_it(string json, string pointer)
    {
        var tenant = await api.NewTenantAsync();

        var problem = await (await tenant.Client.PostJsonAsync("v1/companies", json)).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Findings().Single().GetProperty("field").GetString().ShouldBe(pointer);
    }

    [Fact]
    public async Task Malformed_json_is_400_with_its_line()
    {
        var tenant = await api.NewTenantAsync();

        var problem = await (await tenant.Client.PostJsonAsync("v1/companies", "{\n\"cui\": }")).ProblemAsync(HttpStatusCode.BadRequest);

        problem.Findings().Single().GetProperty("line").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_second_company_with_the_same_cui_is_409()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("18547290");

        var problem = await (await tenant.Client.PostJsonAsync("v1/companies", """{"cui":"RO18547290","name":"Again"}""")).ProblemAsync(HttpStatusCode.Conflict);

        problem.Kind().ShouldBe("duplicate-company");
    }

    [Fact]
    public async Task Two_tenants_may_each_have_a_company_with_the_same_cui()
    {
        var first = await api.NewTenantAsync();
        var second = await api.NewTenantAsync();

        var a = await first.Client.CreateCompanyAsync("18547290");
        var b = await second.Client.CreateCompanyAsync("18547290");

        a.ShouldNotBe(b);
    }

    [Fact]
    public async Task Companies_are_listed_newest_first_a_page_at_a_time()
    {
        var tenant = await api.NewTenantAsync();
        var ids = new List<Guid>();
        foreach (var cui in new[] { "18547290", "14399840", "30215672" }) ids.Add(await tenant.Client.CreateCompanyAsync(cui));

        var first = await (await tenant.Client.FetchAsync("v1/companies?limit=2")).BodyAsync();
        var next = first.GetProperty("nextCursor").GetString();
        var second = await (await tenant.Client.FetchAsync($"v1/companies?limit=2&cursor={next}")).BodyAsync();

        first.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe([ids[2], ids[1]]);
        second.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ShouldBe([ids[0]]);
        second.TryGetProperty("nextCursor", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("v1/companies?limit=0")]
    [InlineData("v1/companies?limit=abc")]
    [InlineData("v1/companies?cursor=not-a-cursor")]
    public async Task A_bad_limit_or_cursor_is_400(string path)
    {
        var tenant = await api.NewTenantAsync();

        await (await tenant.Client.FetchAsync(path)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Patch_changes_only_the_members_it_sends()
    {
        var tenant = await api.NewTenantAsync();
        var id = await tenant.Client.CreateCompanyAsync("18547290", """{"delayHours":4,"syncDaysBack":30}""");

        var patched = await (await tenant.Client.PatchJsonAsync($"v1/companies/{id}", """{"name":"Alfa Renamed","settings":{"autoSend":false}}""")).BodyAsync();

        patched.GetProperty("name").GetString().ShouldBe("Alfa Renamed");
        var settings = patched.GetProperty("settings");
        settings.GetProperty("autoSend").GetBoolean().ShouldBeFalse();
        settings.GetProperty("delayHours").GetInt32().ShouldBe(4);
        settings.GetProperty("syncDaysBack").GetInt32().ShouldBe(30);
    }

    [Fact]
    public async Task Put_settings_replaces_them_and_members_left_out_take_their_defaults()
    {
        var tenant = await api.NewTenantAsync();
        var id = await tenant.Client.CreateCompanyAsync("18547290", """{"delayHours":4,"syncDaysBack":30,"autoSend":false}""");

        var response = await tenant.Client.PutJsonAsync($"v1/companies/{id}/settings", """{"delayHours":1}""");
        var settings = (await response.BodyAsync()).GetProperty("settings");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        settings.GetProperty("delayHours").GetInt32().ShouldBe(1);
        settings.GetProperty("syncDaysBack").GetInt32().ShouldBe(60);
        settings.GetProperty("autoSend").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Put_settings_out_of_range_is_422_pointing_at_the_member()
    {
        var tenant = await api.NewTenantAsync();
        var id = await tenant.Client.CreateCompanyAsync("18547290");

        var problem = await (await tenant.Client.PutJsonAsync($"v1/companies/{id}/settings", """{"syncDaysBack":0}""")).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Findings().Single().GetProperty("field").GetString().ShouldBe("/syncDaysBack");
    }

    [Fact]
    public async Task Switching_a_company_to_the_simulator_connects_it()
    {
        var tenant = await api.NewTenantAsync();
        var id = await tenant.Client.CreateCompanyAsync("18547290", """{"environment":"prod"}""");

        await tenant.Client.PatchJsonAsync($"v1/companies/{id}", """{"settings":{"environment":"simulator"}}""");

        (await api.Server.Service<AnafConnectionRepository>().GetAsync(tenant.Id, id, TestContext.Current.CancellationToken))!.Status.ShouldBe(ConnectionStatus.Active);
    }

    [Fact]
    public async Task The_cui_of_a_company_cannot_change()
    {
        var tenant = await api.NewTenantAsync();
        var id = await tenant.Client.CreateCompanyAsync("18547290");

        var problem = await (await tenant.Client.PatchJsonAsync($"v1/companies/{id}", """{"cui":"14399840"}""")).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Findings().Single().GetProperty("field").GetString().ShouldBe("/cui");
    }

    [Fact]
    public async Task Another_tenant_gets_404_for_a_company_it_does_not_own()
    {
        var owner = await api.NewTenantAsync();
        var stranger = await api.NewTenantAsync();
        var id = await owner.Client.CreateCompanyAsync("18547290");

        await (await stranger.Client.FetchAsync($"v1/companies/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PatchJsonAsync($"v1/companies/{id}", """{"name":"Mine"}""")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PutJsonAsync($"v1/companies/{id}/settings", "{}")).ProblemAsync(HttpStatusCode.NotFound);
        (await (await stranger.Client.FetchAsync("v1/companies")).BodyAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await (await owner.Client.FetchAsync($"v1/companies/{id}")).BodyAsync()).GetProperty("name").GetString().ShouldBe("Company 18547290");
    }

    [Fact]
    public async Task Without_an_api_key_the_answer_is_401()
    {
        var anonymous = api.Server.CreateClient(null);

        await (await anonymous.FetchAsync("v1/companies")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_id_that_is_no_uuid_is_404_problem()
    {
        var tenant = await api.NewTenantAsync();

        await (await tenant.Client.FetchAsync("v1/companies/nope")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
