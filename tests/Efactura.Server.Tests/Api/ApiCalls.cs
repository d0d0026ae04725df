using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efactura.Testing;

namespace Efactura.Server.Tests.Api;

/// <summary>What the API tests send and read.</summary>
public static class ApiCalls
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static string Example(string name) => File.ReadAllText(Path.Combine(TestPaths.Examples, name));

    /// <summary>An example with some members replaced (e.g. <c>number</c>).</summary>
    public static string Example(string name, Action<JsonObject> change)
    {
        var json = JsonNode.Parse(Example(name), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        change(json);
        return json.ToJsonString();
    }

    public static async Task<JsonElement> BodyAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, string json) =>
        await client.PostAsync(path, Json(json), Token);

    public static async Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string path, string json) =>
        await client.PatchAsync(path, Json(json), Token);

    public static async Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string path, string json) =>
        await client.PutAsync(path, Json(json), Token);

    public static async Task<HttpResponseMessage> FetchAsync(this HttpClient client, string path) => await client.GetAsync(path, Token);

    public static async Task<HttpResponseMessage> PostEmptyAsync(this HttpClient client, string path) => await client.PostAsync(path, null, Token);

    /// <summary>Creates a company and returns its id.</summary>
    public static async Task<Guid> CreateCompanyAsync(this HttpClient client, string cui, string settings = "{}")
    {
        var response = await client.PostJsonAsync("v1/companies", $$"""{"cui":"{{cui}}","name":"Company {{cui}}","settings":{{settings}}}""");
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Token));
        return (await response.BodyAsync()).GetProperty("id").GetGuid();
    }

    /// <summary>Posts an invoice and returns the answer's body, checking the status.</summary>
    public static async Task<JsonElement> CreateInvoiceAsync(this HttpClient client, string json, string query = "", HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await client.PostJsonAsync("v1/invoices" + query, json);
        response.StatusCode.ShouldBe(expected, await response.Content.ReadAsStringAsync(Token));
        return await response.BodyAsync();
    }

    /// <summary>A problem answer: the status, the problem+json media type, and its body.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync(Token));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.BodyAsync();
        body.GetProperty("status").GetInt32().ShouldBe((int)status);
        return body;
    }

    public static string Kind(this JsonElement problem) => problem.GetProperty("type").GetString()!["urn:efactura:problem:".Length..];

    public static IEnumerable<JsonElement> Findings(this JsonElement body) => body.GetProperty("findings").EnumerateArray();

    public static HttpRequestMessage WithKey(this HttpRequestMessage request, string key)
    {
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    public static HttpRequestMessage Post(string path, string json) => new(HttpMethod.Post, path) { Content = Json(json) };

    public static HttpRequestMessage Post(string path, byte[] body, string mediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
    }
}
