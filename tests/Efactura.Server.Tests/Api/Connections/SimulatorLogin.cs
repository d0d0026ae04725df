using System.Net;
using System.Text.RegularExpressions;

namespace Efactura.Server.Tests.Api.Connections;

/// <summary>
/// Drives the simulator's stand-in for ANAF's certificate login the way a browser does: GET the authorize page,
/// submit its form with a certificate serial and the CUIs it has SPV rights for, and read the redirect back.
/// </summary>
public static partial class SimulatorLogin
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Logs in at <paramref name="authorizeUri"/>; returns where the simulator sends the browser (the callback with code and state).</summary>
    public static async Task<Uri> LogInAsync(Uri authorizeUri, string serial, params string[] cuis)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var page = await browser.GetAsync(authorizeUri, Token);
        var html = await page.Content.ReadAsStringAsync(Token);
        page.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        var fields = HiddenInput().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["serial"] = serial;
        fields["cuis"] = string.Join(',', cuis);
        var action = new Uri(authorizeUri, FormAction().Match(html).Groups["action"].Value);

        var submitted = await browser.PostAsync(action, new FormUrlEncodedContent(fields), Token);

        submitted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync(Token));
        return submitted.Headers.Location!;
    }

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("""<form method="post" action="(?<action>[^"]+)">""")]
    private static partial Regex FormAction();
}
