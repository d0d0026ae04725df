using System.Net;
using Efactura.Server.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace Efactura.Server.Tests.Api.Problems;

/// <summary>
/// Every error is problem+json: an exception no endpoint expected is a 500 with the trace id and no .NET type names,
/// and the hostile values that once gave empty 500s (numbers beyond a decimal, control characters, years before the
/// Gregorian calendar) are 422s with the member's JSON pointer.
/// </summary>
public sealed class ErrorPipelineTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unexpected_error_is_a_problem_with_the_trace_id_and_no_type_names()
    {
        await using var server = await TestServer.StartAsync();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(server.Folder, "efactura.db")};Pooling=False"))
        {
            await connection.OpenAsync(Token);
            using var drop = connection.CreateCommand();
            drop.CommandText = "ALTER TABLE companies RENAME TO companies_gone";
            await drop.ExecuteNonQueryAsync(Token);
        }

        var response = await server.Client.FetchAsync("v1/companies");
        var problem = await response.ProblemAsync(HttpStatusCode.InternalServerError);

        problem.Kind().ShouldBe("internal-error");
        var text = await response.Content.ReadAsStringAsync(Token);
        text.ShouldNotContain("Exception");
        text.ShouldNotContain("Sqlite", Case.Insensitive);
        text.ShouldNotContain("companies");
        problem.GetProperty("detail").GetString()!.ShouldContain("trace id");
    }

    [Theory]
    [InlineData("/lines/0/quantity", "79228162514264337593543950336", "/lines/0/quantity")]
    [InlineData("/lines/0/unitPrice", "\"79228162514264337593543950335\"", "/lines/0/quantity")]
    [InlineData("/customer/name", "\"Beta\\u0000 Constructii\"", "/customer/name")]
    [InlineData("/lines/0/description", "\"tab\\u0007bell\"", "/lines/0/description")]
    [InlineData("/issueDate", "\"1500-03-01\"", "/issueDate")]
    public async Task Hostile_values_are_422_with_the_member_pointer(string member, string value, string reported)
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var json = ApiCalls.Example("01-b2b-ron-21.json", j => Set(j, member));

        foreach (var path in new[] { "v1/invoices", "v1/invoices/validate" })
        {
            var response = await tenant.Client.PostJsonAsync(path, json.Replace("\"@@value@@\"", value, StringComparison.Ordinal));
            var body = path == "v1/invoices" ? await response.ProblemAsync(HttpStatusCode.UnprocessableEntity) : await response.BodyAsync();
            body.Findings().ShouldContain(f => f.GetProperty("field").GetString() == reported && f.GetProperty("severity").GetString() == "fatal", path);
        }
    }

    [Theory]
    [InlineData("v1/companies", """{"cui":18547290,"name":"Alfa"}""", "/cui", "send a string")]
    [InlineData("v1/companies", """{"cui":"RO18547290","name":"Alfa","settings":{"delayHours":"soon"}}""", "/settings/delayHours", "send a whole number")]
    [InlineData("v1/companies", """{"cui":"RO18547290","name":"Alfa","settings":{"environment":"moon"}}""", "/settings/environment", "documented values")]
    [InlineData("v1/companies", """{"cui":"RO18547290","nmae":"Alfa"}""", "/nmae", "'nmae' is not a member")]
    [InlineData("v1/webhooks", """{"url":"https://example.ro/x","events":"invoice.issued"}""", "/events", "send an array")]
    [InlineData("v1/webhooks", """{"url":"https://example.ro/x","events":["invoice.issued"],"retries":3}""", "/retries", "'retries' is not a member")]
    [InlineData("v1/sync", """{"companyId":42}""", "/companyId", "send an id")]
    [InlineData("v1/anaf/token-links", """{"companyId":true}""", "/companyId", "send an id")]
    public async Task A_body_of_the_wrong_shape_is_a_400_that_names_the_member_in_words_without_type_names(string path, string json, string pointer, string says)
    {
        var tenant = await api.NewTenantAsync();

        var response = await tenant.Client.PostJsonAsync(path, json);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var finding = problem.Findings().ShouldHaveSingleItem();
        finding.GetProperty("field").GetString().ShouldBe(pointer);
        finding.GetProperty("message").GetString()!.ShouldContain(says);
        var text = await response.Content.ReadAsStringAsync(Token);
        foreach (var internals in new[] { "System.", "Efactura.", "Exception", "`1", ".NET", "Path:", "LineNumber" })
            text.ShouldNotContain(internals);
    }

    [Fact]
    public async Task A_request_object_over_64_KiB_is_refused_before_it_is_parsed()
    {
        var tenant = await api.NewTenantAsync();

        var response = await tenant.Client.PostJsonAsync("v1/webhooks", $$"""{"url":"https://example.ro/x","events":["invoice.issued"],"secret":"{{new string('s', 70_000)}}"}""");

        (await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).GetProperty("detail").GetString().ShouldBe("The body is larger than 64 KiB.");
    }

    private static void Set(System.Text.Json.Nodes.JsonObject json, string pointer)
    {
        var parts = pointer.Split('/')[1..];
        System.Text.Json.Nodes.JsonNode parent = json;
        foreach (var part in parts[..^1]) parent = int.TryParse(part, out var index) ? parent[index]! : parent[part]!;
        parent.AsObject()[parts[^1]] = "@@value@@";
    }
}
