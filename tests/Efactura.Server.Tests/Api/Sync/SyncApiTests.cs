using System.Net;
using System.Net.Http.Json;
using System.Text;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Tests.Api.Connections;

namespace Efactura.Server.Tests.Api.Sync;

public sealed class SyncApiTests : IAsyncLifetime
{
    private ConnectionTestServer server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => server = await ConnectionTestServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    /// <summary>Takes every due sync as a worker would and schedules the next one an hour away.</summary>
    private async Task SyncEverythingAsync()
    {
        var companies = server.Service<CompanyRepository>();
        foreach (var company in await companies.ClaimDueSyncAsync("test", TimeSpan.FromMinutes(1), 100, Token))
            await companies.CompleteSyncAsync(company.TenantId, company.Id, "test", DateTimeOffset.UtcNow.AddHours(1), Token);
    }

    [Fact]
    public async Task Sync_without_a_body_makes_every_company_with_sync_on_due_now()
    {
        var (tenant, key) = await server.TenantAsync();
        var first = await server.CompanyAsync(tenant);
        var second = await server.CompanyAsync(tenant, "22222222");
        var off = await server.CompanyAsync(tenant, "33333333", syncEnabled: false);
        await SyncEverythingAsync();
        // The test server runs on the system clock: "now" is bracketed by the instants before and after the call.
        var before = DateTimeOffset.UtcNow;

        var answer = await server.Client(key).PostAsync("v1/sync", null, Token).ShouldBeJsonAsync(HttpStatusCode.Accepted);
        var after = DateTimeOffset.UtcNow;

        answer.GetProperty("companies").EnumerateArray().Select(c => c.GetGuid()).ShouldBe(new[] { first.Id, second.Id }.Order());
        answer.GetProperty("dueAt").GetDateTimeOffset().ShouldBeInRange(before, after);
        var due = await server.Service<CompanyRepository>().ClaimDueSyncAsync("test", TimeSpan.FromMinutes(1), 100, Token);
        due.Select(c => c.Id).Order().ShouldBe(new[] { first.Id, second.Id }.Order());
        due.ShouldNotContain(c => c.Id == off.Id);
    }

    [Fact]
    public async Task Sync_of_one_company_leaves_the_others_scheduled()
    {
        var (tenant, key) = await server.TenantAsync();
        var first = await server.CompanyAsync(tenant);
        await server.CompanyAsync(tenant, "22222222");
        await SyncEverythingAsync();

        var answer = await server.Client(key).PostAsJsonAsync("v1/sync", new { companyId = first.Id }, Token).ShouldBeJsonAsync(HttpStatusCode.Accepted);

        answer.GetProperty("companies").EnumerateArray().Select(c => c.GetGuid()).ShouldBe([first.Id]);
        (await server.Service<CompanyRepository>().ClaimDueSyncAsync("test", TimeSpan.FromMinutes(1), 100, Token)).Select(c => c.Id).ShouldBe([first.Id]);
    }

    [Fact]
    public async Task Sync_refuses_unknown_foreign_or_sync_off_companies_and_bad_bodies()
    {
        var (tenant, key) = await server.TenantAsync();
        var off = await server.CompanyAsync(tenant, "33333333", syncEnabled: false);
        var (otherTenant, _) = await server.TenantAsync("other");
        var foreign = await server.CompanyAsync(otherTenant, "44444444");
        var client = server.Client(key);

        await client.PostAsJsonAsync("v1/sync", new { companyId = Guid.NewGuid() }, Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await client.PostAsJsonAsync("v1/sync", new { companyId = foreign.Id }, Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await client.PostAsJsonAsync("v1/sync", new { companyId = off.Id }, Token).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("type").GetString().ShouldBe("urn:efactura:problem:sync-disabled");
        await client.PostAsync("v1/sync", new StringContent("{\"companyId\":", Encoding.UTF8, "application/json"), Token).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await client.PostAsync("v1/sync", new StringContent("{\"companyId\":\"x\"}", Encoding.UTF8, "application/json"), Token).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await server.Client().PostAsync("v1/sync", null, Token).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
