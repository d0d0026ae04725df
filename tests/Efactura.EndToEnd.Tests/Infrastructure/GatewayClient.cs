using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Efactura.EndToEnd.Tests.Infrastructure;

/// <summary>The gateway's REST API as a user's program calls it: JSON over HTTP with the API key.</summary>
public sealed partial class GatewayClient : IDisposable
{
    private readonly HttpClient _http;

    /// <summary>A client for the gateway at <paramref name="address"/> with <paramref name="apiKey"/>.</summary>
    public GatewayClient(Uri address, string apiKey)
    {
        // Redirects are followed by hand: the OAuth dance crosses from the gateway to ANAF and back.
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    /// <summary>Creates a company and returns its id.</summary>
    public async Task<Guid> CreateCompanyAsync(string cui, string name, JsonObject? settings = null)
    {
        var body = new JsonObject { ["cui"] = cui, ["name"] = name, ["settings"] = settings ?? new JsonObject { ["environment"] = "simulator" } };
        var (status, answer) = await SendAsync(HttpMethod.Post, "v1/companies", body);
        status.ShouldBe(HttpStatusCode.Created, answer?.ToJsonString());
        return answer!["id"]!.GetValue<Guid>();
    }

    /// <summary>
    /// Connects the company to ANAF the way an accountant does: the gateway's connect link redirects to ANAF's
    /// login (the simulator's stand-in form for the certificate), which redirects back to the gateway's callback.
    /// </summary>
    public async Task ConnectAsync(Guid companyId, string cui, string serial)
    {
        using var toAnaf = await _http.GetAsync($"v1/anaf/connect?companyId={companyId}");
        toAnaf.StatusCode.ShouldBe(HttpStatusCode.Redirect, await toAnaf.Content.ReadAsStringAsync());
        var authorize = toAnaf.Headers.Location!;

        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var page = await browser.GetStringAsync(authorize);
        var fields = HiddenInput().Matches(page).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["serial"] = serial;
        fields["cuis"] = cui;
        using var login = await browser.PostAsync(new Uri(authorize, "authorize"), new FormUrlEncodedContent(fields));
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect, await login.Content.ReadAsStringAsync());

        using var callback = await browser.GetAsync(login.Headers.Location!);
        callback.StatusCode.ShouldBe(HttpStatusCode.OK, await callback.Content.ReadAsStringAsync());
        var connection = await GetAsync($"v1/companies/{companyId}/anaf");
        connection["status"]!.GetValue<string>().ShouldBe("active");
    }

    /// <summary>Posts an invoice; returns the status and the answer.</summary>
    public Task<(HttpStatusCode Status, JsonNode? Body)> PostInvoiceAsync(JsonNode invoice, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, "v1/invoices", invoice, idempotencyKey);

    /// <summary>GETs <paramref name="path"/> and expects 200.</summary>
    public async Task<JsonNode> GetAsync(string path)
    {
        var (status, body) = await SendAsync(HttpMethod.Get, path, null);
        status.ShouldBe(HttpStatusCode.OK, $"GET {path}: {body?.ToJsonString()}");
        return body!;
    }

    /// <summary>GETs <paramref name="path"/> as bytes (documents); null when 404.</summary>
    public async Task<byte[]?> GetBytesAsync(string path)
    {
        using var answer = await _http.GetAsync(path);
        if (answer.StatusCode == HttpStatusCode.NotFound) return null;
        answer.EnsureSuccessStatusCode();
        return await answer.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Every item of a cursor-paged list.</summary>
    public async Task<List<JsonNode>> ListAllAsync(string path)
    {
        var items = new List<JsonNode>();
        string? cursor = null;
        do
        {
            var separator = path.Contains('?') ? '&' : '?';
            var page = await GetAsync(cursor is null ? $"{path}{separator}limit=100" : $"{path}{separator}limit=100&cursor={Uri.EscapeDataString(cursor)}");
            items.AddRange(page["items"]!.AsArray().Select(i => i!));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        return items;
    }

    /// <summary>Sends <paramref name="body"/> as JSON; returns the status and the parsed answer (null when empty).</summary>
    public async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpMethod method, string path, JsonNode? body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var answer = await _http.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        return (answer.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenInput();
}
