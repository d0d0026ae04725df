using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Efactura.Server.Tests.Api.Connections;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Efactura.Server.Tests.Api.Reference;

public sealed partial class OpenApiDocumentTests : IAsyncLifetime
{
    private ConnectionTestServer server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => server = await ConnectionTestServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await server.Client().GetAsync("openapi/v1.json", Token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
    }

    /// <summary>Every endpoint the server maps under /v1, as (METHOD, path without route constraints).</summary>
    private List<(string Method, string Path)> MappedV1Operations() =>
    [
        .. server.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (m, OpenApiPath(e.RoutePattern.RawText!)))),
    ];

    // {id:guid} → {id}, {rest?} → {rest}, {*path} → {path}, a group's "" route without its trailing slash: the OpenAPI spelling of a route template.
    private static string OpenApiPath(string template) =>
        "/" + RouteParameter().Replace(template.Trim('/'), m => "{" + m.Groups["name"].Value + "}");

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    [Fact]
    public async Task Every_mapped_v1_endpoint_is_in_the_document()
    {
        var document = await DocumentAsync();
        var paths = document.GetProperty("paths");
        var mapped = MappedV1Operations();

        mapped.Count.ShouldBeGreaterThanOrEqualTo(17);
        foreach (var (method, path) in mapped)
        {
            paths.TryGetProperty(path, out var item).ShouldBeTrue($"{path} is missing from the OpenAPI document");
            item.TryGetProperty(method.ToLowerInvariant(), out var operation).ShouldBeTrue($"{method} {path} is missing from the OpenAPI document");
            operation.TryGetProperty("responses", out _).ShouldBeTrue($"{method} {path} documents no responses");
        }
        document.GetProperty("openapi").GetString().ShouldStartWith("3.");
        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("efactura gateway");
    }

    [Fact]
    public async Task The_api_key_is_a_bearer_scheme_required_everywhere_but_the_browser_pages()
    {
        var document = await DocumentAsync();
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey");
        var paths = document.GetProperty("paths");

        scheme.GetProperty("type").GetString().ShouldBe("http");
        scheme.GetProperty("scheme").GetString().ShouldBe("bearer");
        foreach (var (method, path) in MappedV1Operations())
        {
            var operation = paths.GetProperty(path).GetProperty(method.ToLowerInvariant());
            var browserPage = path is "/v1/anaf/callback" or "/v1/anaf/token-links/{linkToken}" && method == "GET";
            var secured = operation.TryGetProperty("security", out var security) && security.EnumerateArray().Any(r => r.TryGetProperty("apiKey", out _));
            secured.ShouldBe(!browserPage, $"{method} {path}");
        }
    }

    [Fact]
    public async Task Request_and_response_bodies_and_query_parameters_are_described()
    {
        var paths = (await DocumentAsync()).GetProperty("paths");

        var createWebhook = paths.GetProperty("/v1/webhooks").GetProperty("post");
        createWebhook.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()
            .ShouldEndWith("WebhookRequest");
        createWebhook.GetProperty("responses").GetProperty("201").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()
            .ShouldEndWith("WebhookResponse");
        createWebhook.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _).ShouldBeTrue();
        var listIncoming = paths.GetProperty("/v1/incoming").GetProperty("get");
        listIncoming.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["companyId", "cursor", "limit"], ignoreOrder: true);
        paths.GetProperty("/v1/companies/{id}/anaf").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content")
            .GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString().ShouldEndWith("ConnectionResponse");
    }
}
