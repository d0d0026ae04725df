using Microsoft.AspNetCore.Http.HttpResults;
using System.Net;
using System.Text;

namespace Efactura.Server.Api.Connections;

/// <summary>
/// The small HTML pages the browser shows at the end of a consent (the callback and the token link are opened by a
/// person, not a program, so they answer HTML rather than problem+json). Every value is HTML-encoded; tokens never appear.
/// </summary>
public static class ConsentPage
{
    /// <summary>The page saying the company is connected.</summary>
    public static ContentHttpResult Connected(string companyName, DateTimeOffset accessExpiresAt, DateTimeOffset refreshExpiresAt) =>
        Render(StatusCodes.Status200OK, "Connected to ANAF",
            $"<p><strong>{Encode(companyName)}</strong> is connected to ANAF e-Factura.</p>" +
            $"<p>The access token is valid until {accessExpiresAt:yyyy-MM-dd HH:mm} UTC and is renewed automatically; the consent lasts until {refreshExpiresAt:yyyy-MM-dd} UTC.</p>" +
            "<p>You can close this page.</p>");

    /// <summary>The page explaining why the consent could not be completed or started.</summary>
    public static ContentHttpResult Failed(int status, string reason) =>
        Render(status, "The ANAF connection was not completed", $"<p>{Encode(reason)}</p>");

    private static ContentHttpResult Render(int status, string title, string body)
    {
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)}</title>
            <style>body{"{"}font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5{"}"}</style>
            </head><body>
            <h1>{Encode(title)}</h1>
            {body}
            </body></html>
            """;
        return TypedResults.Text(html, "text/html", Encoding.UTF8, status);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
