using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Efactura.Simulator.OAuth;
using Efactura.Simulator.Protocol;
using Microsoft.AspNetCore.Http;

namespace Efactura.Simulator.Endpoints;

/// <summary>
/// <c>/anaf-oauth2/v1/authorize</c> and <c>/anaf-oauth2/v1/token</c> (anaf-api.md §1.2, §1.3). The login with
/// a qualified certificate becomes a form asking for the certificate serial and the CUIs it has SPV rights
/// for. Token errors follow RFC 6749 §5.2 with HTTP 400, as S5 observed; their exact bodies are unconfirmed.
/// </summary>
internal static class OAuthEndpoints
{
    /// <summary>GET authorize: the stand-in login form.</summary>
    public static IResult AuthorizeForm(HttpContext context, SimulatorRuntime runtime)
    {
        var query = context.Request.Query;
        var error = AuthorizeError(runtime, query["response_type"], query["client_id"], query["redirect_uri"]);
        if (error is not null) return Results.Text(error, "text/plain", Encoding.UTF8, StatusCodes.Status400BadRequest);
        return Results.Text(LoginPage(query["client_id"].ToString(), query["redirect_uri"].ToString(), query["state"].ToString()), "text/html", Encoding.UTF8);
    }

    /// <summary>POST authorize: the "certificate" was presented; redirect to the application with a code.</summary>
    public static async Task<IResult> AuthorizeAsync(HttpContext context, SimulatorRuntime runtime)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string clientId = form["client_id"].ToString(), redirectUri = form["redirect_uri"].ToString(), serial = form["serial"].ToString().Trim();
        var error = AuthorizeError(runtime, "code", clientId, redirectUri) ?? (serial.Length == 0 ? "serial is required" : null);
        if (error is not null) return Results.Text(error, "text/plain", Encoding.UTF8, StatusCodes.Status400BadRequest);
        var holder = runtime.Directory.Register(serial, form["cuis"].ToString().Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries));
        await runtime.Store.SaveHolderAsync(holder, context.RequestAborted);
        var code = runtime.Codes.Issue(clientId, redirectUri, serial);
        var state = form["state"].ToString();
        var separator = redirectUri.Contains('?') ? '&' : '?';
        var location = $"{redirectUri}{separator}code={Uri.EscapeDataString(code)}" + (state.Length > 0 ? $"&state={Uri.EscapeDataString(state)}" : "");
        return Results.Redirect(location);
    }

    /// <summary>POST token: authorization_code and refresh_token grants, client credentials as Basic or form fields.</summary>
    public static async Task<IResult> TokenAsync(HttpContext context, SimulatorRuntime runtime)
    {
        if (!context.Request.HasFormContentType) return Error("invalid_request", "form body required");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var client = Client(context.Request, form, runtime);
        if (client is null) return Error("invalid_client", "client authentication failed");
        return form["grant_type"].ToString() switch
        {
            "authorization_code" => ExchangeCode(form, client, runtime),
            "refresh_token" => await RefreshAsync(form, client, runtime, context.RequestAborted),
            "" => Error("invalid_request", "grant_type is required"),
            _ => Error("unsupported_grant_type", "grant_type must be authorization_code or refresh_token"),
        };
    }

    private static IResult ExchangeCode(IFormCollection form, OAuthClientRegistration client, SimulatorRuntime runtime)
    {
        var code = form["code"].ToString();
        if (code.Length == 0) return Error("invalid_request", "code is required");
        var redirect = form.ContainsKey("redirect_uri") ? form["redirect_uri"].ToString() : null;
        var serial = runtime.Codes.Redeem(code, client.ClientId, redirect);
        return serial is null ? Error("invalid_grant", "authorization code is invalid, used or expired") : Tokens(runtime.Tokens.Issue(client.ClientId, serial), runtime);
    }

    private static async Task<IResult> RefreshAsync(IFormCollection form, OAuthClientRegistration client, SimulatorRuntime runtime, CancellationToken cancellationToken)
    {
        var token = form["refresh_token"].ToString();
        if (token.Length == 0) return Error("invalid_request", "refresh_token is required");
        var pair = await runtime.Tokens.RefreshAsync(token, client.ClientId, cancellationToken);
        return pair is null ? Error("invalid_grant", "refresh token is invalid, used or expired") : Tokens(pair, runtime);
    }

    private static OAuthClientRegistration? Client(HttpRequest request, IFormCollection form, SimulatorRuntime runtime)
    {
        var (id, secret) = BasicCredentials(request.Headers.Authorization.ToString()) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
        return runtime.Options.Clients.FirstOrDefault(c => c.ClientId == id && c.ClientSecret == secret);
    }

    private static (string Id, string Secret)? BasicCredentials(string header)
    {
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) return null;
            // RFC 6749 §2.3.1: both parts are form-urlencoded before base64.
            return (WebUtility.UrlDecode(decoded[..colon]), WebUtility.UrlDecode(decoded[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? AuthorizeError(SimulatorRuntime runtime, string? responseType, string? clientId, string? redirectUri)
    {
        if (responseType != "code") return "response_type must be code";
        var client = runtime.Options.Clients.FirstOrDefault(c => c.ClientId == clientId);
        if (client is null) return "unknown client_id";
        if (string.IsNullOrEmpty(redirectUri) || !client.Allows(redirectUri)) return "redirect_uri is not registered for this client";
        return null;
    }

    // ASSUMPTION: no verbatim token answer of ANAF's is public (anaf-api.md §1.3); these are the fields public
    // clients read, and SimulatorOptions.TokenAnswer can leave out expires_in.
    private static IResult Tokens(TokenPair pair, SimulatorRuntime runtime)
    {
        var answer = new JsonObject
        {
            ["access_token"] = pair.AccessToken,
            ["token_type"] = "Bearer",
            ["refresh_token"] = pair.RefreshToken,
        };
        if (runtime.Options.TokenAnswer == Assumptions.TokenAnswerShape.WithExpiresIn) answer["expires_in"] = pair.ExpiresIn;
        return AnafJson.Result(answer);
    }

    private static IResult Error(string error, string description) =>
        AnafJson.Result(new JsonObject { ["error"] = error, ["error_description"] = description }, StatusCodes.Status400BadRequest);

    private static string LoginPage(string clientId, string redirectUri, string state)
    {
        static string Attr(string value) => WebUtility.HtmlEncode(value);
        return $"""
            <!DOCTYPE html>
            <html lang="ro"><head><meta charset="utf-8"><title>ANAF simulator: autentificare</title></head>
            <body>
            <h1>Autentificare cu certificat (simulator)</h1>
            <p>Stands in for the qualified-certificate login: name the certificate and the CUIs it has SPV rights for.</p>
            <form method="post" action="authorize">
            <input type="hidden" name="client_id" value="{Attr(clientId)}">
            <input type="hidden" name="redirect_uri" value="{Attr(redirectUri)}">
            <input type="hidden" name="state" value="{Attr(state)}">
            <label>Certificate serial <input name="serial" value="SIM0001" required></label>
            <label>CUIs with SPV rights (comma separated) <input name="cuis" value=""></label>
            <button type="submit">Autentificare</button>
            </form>
            </body></html>
            """;
    }
}
