using System.Net;
using System.Text.Json;

namespace Efactura.Server.Tests.Api.Connections;

/// <summary>Checks shared by the API tests: problem+json answers and JSON bodies.</summary>
public static class ApiAssertions
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Asserts an RFC 9457 answer with <paramref name="status"/>; returns its body.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement;
        body.GetProperty("status").GetInt32().ShouldBe((int)status);
        body.GetProperty("type").GetString().ShouldStartWith("urn:efactura:problem:");
        body.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        return body;
    }

    /// <summary>Awaits the response, then asserts an RFC 9457 answer with <paramref name="status"/>.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this Task<HttpResponseMessage> response, HttpStatusCode status) =>
        await (await response).ShouldBeProblemAsync(status);

    /// <summary>Awaits the response, then asserts <paramref name="status"/> and a JSON body.</summary>
    public static async Task<JsonElement> ShouldBeJsonAsync(this Task<HttpResponseMessage> response, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await response).ShouldBeJsonAsync(status);

    /// <summary>Asserts <paramref name="status"/> and a JSON body; returns it.</summary>
    public static async Task<JsonElement> ShouldBeJsonAsync(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync(Token);
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        return JsonDocument.Parse(text).RootElement;
    }
}
