using System.Net;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Tests.Hosting;

namespace Efactura.Server.Tests.Api.Endpoints;

/// <summary>
/// Generated from the server's endpoint list, so an endpoint added tomorrow is covered without anyone remembering to:
/// every operation that can change data refuses a read-scoped API key with 403 problem+json, and every read works
/// with one.
/// </summary>
public sealed class ReadScopeTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_write_endpoint_refuses_a_read_only_key_with_403_problem_json()
    {
        var (tenant, readKey) = await ReaderAsync();
        var company = await tenant.Client.CreateCompanyAsync("RO18547290");
        using var reader = api.Server.CreateClient(readKey);
        var writes = (await KeyedAsync()).Where(e => !e.IsRead && !e.ReadsOnly).ToList();
        writes.Count.ShouldBeGreaterThan(10); // the list is real: companies, invoices, connections, webhooks, sync…

        var failures = new List<string>();
        foreach (var endpoint in writes)
        {
            using var request = endpoint.Request(endpoint.PathWith(_ => company.ToString()) + $"?companyId={company}", $$"""{"companyId":"{{company}}"}""");
            using var response = await reader.SendAsync(request, Token);
            var type = response.StatusCode == HttpStatusCode.Forbidden ? (await response.BodyAsync()).GetProperty("type").GetString() : null;
            if (response.StatusCode != HttpStatusCode.Forbidden || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                || type != "urn:efactura:problem:forbidden")
                failures.Add($"{endpoint}: {(int)response.StatusCode} {type}");
        }
        failures.ShouldBeEmpty();
        // Nothing changed: the company is as it was.
        (await tenant.Client.GetAsync($"v1/companies/{company}", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_read_only_key_reads_and_validates()
    {
        var (tenant, readKey) = await ReaderAsync();
        var company = await tenant.Client.CreateCompanyAsync("RO18547290");
        using var reader = api.Server.CreateClient(readKey);

        (await reader.GetAsync($"v1/companies/{company}", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.GetAsync("v1/invoices", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.GetAsync($"v1/companies/{company}/partners?q=alfa", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.PostAsync("v1/invoices/validate", ApiCalls.Json(ApiCalls.Example("01-b2b-ron-21.json")), Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.PostAsync("v1/companies", ApiCalls.Json("""{"cui":"14399840","name":"Beta"}"""), Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<(TestTenant Tenant, string ReadKey)> ReaderAsync()
    {
        var tenant = await api.NewTenantAsync();
        var key = await api.Server.Service<TenantRepository>().IssueApiKeyAsync(tenant.Id, new ApiKeySpec("reports", ApiKeyScope.Read), Token);
        return (tenant, key.Key);
    }

    // The operations behind the API key: those that answer 401 without one (the consent's browser pages do not).
    private async Task<IReadOnlyList<ApiEndpoint>> KeyedAsync()
    {
        using var anonymous = api.Server.CreateClient(null);
        var keyed = new List<ApiEndpoint>();
        foreach (var endpoint in ApiEndpoint.All(api.Server))
        {
            using var request = endpoint.Request(endpoint.PathWith(_ => Guid.NewGuid().ToString()), "{}");
            using var response = await anonymous.SendAsync(request, Token);
            if (response.StatusCode == HttpStatusCode.Unauthorized) keyed.Add(endpoint);
        }
        return keyed;
    }
}
