using System.Net;
using System.Text.Json;

namespace Efactura.Server.Tests.Api.Invoices;

public class InvoiceListApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task Invoices_are_filtered_by_state_company_number_customer_and_issue_dates()
    {
        var tenant = await api.NewTenantAsync();
        var alfa = await tenant.Client.CreateCompanyAsync("RO18547290", """{"autoSend":false}""");
        await tenant.Client.CreateCompanyAsync("RO30215672");
        var issued = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        var draft = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("20-before-august-2025-19pct.json"), "?draft=true");
        var queued = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("02-mixed-rates-21-11-0.json"));

        (await IdsAsync(tenant.Client, "state=draft")).ShouldBe([Id(draft)]);
        (await IdsAsync(tenant.Client, "state=issued,queued")).ShouldBe([Id(queued), Id(issued)]);
        (await IdsAsync(tenant.Client, "state=issued&state=draft")).ShouldBe([Id(draft), Id(issued)]);
        (await IdsAsync(tenant.Client, $"companyId={alfa}")).ShouldBe([Id(draft), Id(issued)]);
        (await IdsAsync(tenant.Client, "number=ALF-2026-0001")).ShouldBe([Id(issued)]);
        (await IdsAsync(tenant.Client, "customer=beta%20constructii")).ShouldBe([Id(draft), Id(issued)]);
        (await IdsAsync(tenant.Client, "customer=14399840")).ShouldBe([Id(draft), Id(issued)]);
        (await IdsAsync(tenant.Client, "issuedFrom=2026-01-01")).ShouldNotContain(Id(draft));
        (await IdsAsync(tenant.Client, "issuedTo=2025-12-31")).ShouldBe([Id(draft)]);
    }

    [Fact]
    public async Task Pages_follow_the_next_cursor_without_gaps_or_repeats()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var created = new List<Guid>();
        for (var i = 1; i <= 5; i++)
            created.Add(Id(await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json", j => j["number"] = $"P-{i}"), "?draft=true")));

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await tenant.Client.FetchAsync($"v1/invoices?limit=2{(cursor is null ? "" : "&cursor=" + cursor)}")).BodyAsync();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(Id));
            cursor = page.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
            pages++;
        }
        while (cursor is not null);

        pages.ShouldBe(3);
        seen.ShouldBe(Enumerable.Reverse(created));
    }

    [Theory]
    [InlineData("state=sent")]
    [InlineData("state=3")]
    [InlineData("companyId=acme")]
    [InlineData("issuedFrom=20.11.2026")]
    [InlineData("limit=501")]
    [InlineData("cursor=%21%21")]
    public async Task A_bad_filter_is_400_naming_it(string query)
    {
        var tenant = await api.NewTenantAsync();

        await (await tenant.Client.FetchAsync("v1/invoices?" + query)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_tenant_lists_none_of_them()
    {
        var owner = await api.NewTenantAsync();
        var stranger = await api.NewTenantAsync();
        await owner.Client.CreateCompanyAsync("RO18547290");
        await owner.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));

        (await IdsAsync(stranger.Client, "")).ShouldBeEmpty();
    }

    private static Guid Id(JsonElement invoice) => invoice.GetProperty("id").GetGuid();

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query)
    {
        var response = await client.FetchAsync("v1/invoices?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return [.. (await response.BodyAsync()).GetProperty("items").EnumerateArray().Select(Id)];
    }
}
