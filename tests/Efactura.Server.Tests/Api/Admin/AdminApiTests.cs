using System.Net;
using System.Net.Http.Headers;
using Efactura.Server.Tests.Hosting;

namespace Efactura.Server.Tests.Api.Admin;

/// <summary><c>/admin/v1</c> (issue 15, item 2): tenants and keys for the operator, behind the operator key.</summary>
public sealed class AdminApiTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private const string OperatorKey = "operator-key-for-tests-0123456789abcdef";

    [Fact]
    public async Task Without_a_configured_operator_key_the_admin_api_refuses_everything()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.CreateClient("anything-at-all-anything-at-all-anything");

        var response = await client.GetAsync("admin/v1/tenants", Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.BodyAsync()).GetProperty("detail").GetString()!.ShouldContain("Efactura:Admin:OperatorKey");
    }

    [Fact]
    public async Task The_operator_creates_a_tenant_and_a_read_key_rotates_and_revokes_it()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Efactura:Admin:OperatorKey"] = OperatorKey });
        using var stranger = server.CreateClient("operator-key-for-tests-0123456789abcdeX");
        (await stranger.GetAsync("admin/v1/tenants", Token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        // A tenant's API key is no operator key.
        (await server.Client.GetAsync("admin/v1/tenants", Token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var admin = server.CreateClient(OperatorKey);

        var created = await admin.PostAsync("admin/v1/tenants", ApiCalls.Json("""{"name":"Contabilitate Beta"}"""), Token);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var tenant = await created.BodyAsync();
        var tenantId = tenant.GetProperty("id").GetString();
        var firstKey = tenant.GetProperty("apiKey").GetProperty("key").GetString()!;
        (await server.CreateClient(firstKey).GetAsync("v1/companies", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var read = await (await admin.PostAsync($"admin/v1/tenants/{tenantId}/keys", ApiCalls.Json("""{"name":"rapoarte","scope":"read"}"""), Token)).BodyAsync();
        read.GetProperty("scope").GetString().ShouldBe("read");
        using var reader = server.CreateClient(read.GetProperty("key").GetString()!);
        (await reader.GetAsync("v1/companies", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.PostAsync("v1/companies", ApiCalls.Json("""{"cui":"18547290","name":"Alfa"}"""), Token)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var keys = await (await admin.GetAsync($"admin/v1/tenants/{tenantId}/keys", Token)).BodyAsync();
        keys.GetArrayLength().ShouldBe(2);
        keys.GetRawText().ShouldNotContain(firstKey);

        var rotated = await admin.PostAsync($"admin/v1/tenants/{tenantId}/keys/{read.GetProperty("id").GetString()}/rotate", null, Token);
        rotated.StatusCode.ShouldBe(HttpStatusCode.Created);
        var replacement = await rotated.BodyAsync();
        (await reader.GetAsync("v1/companies", Token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var replaced = server.CreateClient(replacement.GetProperty("key").GetString()!);
        (await replaced.GetAsync("v1/companies", Token)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.DeleteAsync($"admin/v1/tenants/{tenantId}/keys/{replacement.GetProperty("id").GetString()}", Token)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await replaced.GetAsync("v1/companies", Token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await admin.DeleteAsync($"admin/v1/tenants/{Guid.NewGuid()}/keys/{Guid.NewGuid()}", Token)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
