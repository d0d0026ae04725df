using System.Net;
using System.Text.RegularExpressions;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// A person at the dashboard without a browser: an HTTP client that keeps its cookies (session, antiforgery), follows
/// no redirect (the tests look at them), and posts forms with the antiforgery token of the page they came from.
/// </summary>
public sealed partial class DashboardHttpSession : IDisposable
{
    private readonly HttpClient http;

    public DashboardHttpSession(Uri baseAddress) =>
        http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Signs in through the sign-in page; fails the test unless a session opens.</summary>
    public static async Task<DashboardHttpSession> SignedInAsync(Uri baseAddress, string email, string password)
    {
        var session = new DashboardHttpSession(baseAddress);
        var response = await session.PostFormAsync("app/sign-in", "app/sign-in", [("Email", email), ("Password", password)]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{email} signs in");
        return session;
    }

    /// <summary>GETs <paramref name="path"/>.</summary>
    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path, Token);

    /// <summary>GETs <paramref name="path"/> and returns its HTML with the characters decoded (Razor writes ă as &amp;#x103;), checking the status.</summary>
    public async Task<string> PageAsync(string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await GetAsync(path);
        var html = await HtmlAsync(response);
        response.StatusCode.ShouldBe(expected, $"GET {path}");
        return html;
    }

    /// <summary>The answer's HTML with its characters decoded.</summary>
    public static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token));
    }

    /// <summary>Opens <paramref name="formPage"/>, takes its antiforgery token, and posts <paramref name="fields"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<(string Name, string Value)> fields)
    {
        var html = await PageAsync(formPage);
        var token = AntiforgeryField().Match(html);
        token.Success.ShouldBeTrue($"{formPage} has a form with its antiforgery token");
        var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)),
            new KeyValuePair<string, string>("__antiforgery", token.Groups[1].Value)]);
        return await http.PostAsync(action, content, Token);
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__antiforgery\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
