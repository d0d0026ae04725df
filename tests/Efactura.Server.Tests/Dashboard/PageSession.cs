using System.Net;
using System.Text.RegularExpressions;

namespace Efactura.Server.Tests.Dashboard;

/// <summary>
/// A signed-in dashboard session over plain HTTP (no browser): a cookie jar, no automatic redirects, and forms posted
/// with the antiforgery token read from the page they are on, as a browser would send them.
/// </summary>
public sealed partial class PageSession : IDisposable
{
    private readonly HttpClient http;

    private PageSession(Uri baseAddress) =>
        http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static async Task<PageSession> SignInAsync(Uri baseAddress, string email, string password)
    {
        var session = new PageSession(baseAddress);
        var signedIn = await session.PostFormAsync("app/sign-in", "app/sign-in", new() { ["Email"] = email, ["Password"] = password });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{email} signs in");
        return session;
    }

    /// <summary>The page's status and HTML.</summary>
    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var response = await http.GetAsync(path, Token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Token));
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of the page at <paramref name="from"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string from, string action, Dictionary<string, string> fields)
    {
        var (_, html) = await GetAsync(from);
        fields["__antiforgery"] = AntiforgeryToken().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{from} has no form with an antiforgery token");
        return await http.PostAsync(action, new FormUrlEncodedContent(fields), Token);
    }

    /// <summary>Posts without any antiforgery token.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, Dictionary<string, string> fields) =>
        http.PostAsync(action, new FormUrlEncodedContent(fields), Token);

    public void Dispose() => http.Dispose();

    [GeneratedRegex("""<input[^>]*name="__antiforgery"[^>]*value="([^"]+)""")]
    private static partial Regex AntiforgeryToken();
}
