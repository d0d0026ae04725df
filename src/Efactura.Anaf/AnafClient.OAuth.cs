using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Efactura.Anaf.OAuth;
using Efactura.Anaf.Results;
using Efactura.Anaf.Transport;

namespace Efactura.Anaf;

public sealed partial class AnafClient
{
    /// <summary>
    /// The address to send the user to: <c>authorize?response_type=code&amp;client_id=…&amp;redirect_uri=…&amp;token_content_type=jwt</c>
    /// (anaf-api.md §1.3); ANAF then redirects to the redirect_uri with <c>?code=</c>.
    /// </summary>
    public Uri BuildAuthorizeUri(string? state = null)
    {
        var query = $"authorize?response_type=code&client_id={Uri.EscapeDataString(_options.ClientId)}&redirect_uri={Uri.EscapeDataString(_options.RedirectUri)}&token_content_type=jwt";
        if (!string.IsNullOrEmpty(state)) query += "&state=" + Uri.EscapeDataString(state);
        return new Uri(_options.Endpoints.OAuth, query);
    }

    /// <summary>Exchanges the code from the redirect for a token pair.</summary>
    public Task<AnafResult<OAuthTokens>> ExchangeCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = _options.RedirectUri, ["token_content_type"] = "jwt",
        }, cancellationToken);
    }

    /// <summary>
    /// Trades the refresh token for a new pair: both tokens rotate, the old refresh token dies. Not retried
    /// once sent (a lost answer would leave a spent token); <see cref="AnafErrorKind.InvalidGrant"/> means authorize again.
    /// </summary>
    public Task<AnafResult<OAuthTokens>> RefreshAsync(string refreshToken, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(refreshToken);
        return TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["token_content_type"] = "jwt",
        }, cancellationToken);
    }

    private async Task<AnafResult<OAuthTokens>> TokenAsync(Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        if (_options.ClientCredentialsInBody)
        {
            form["client_id"] = _options.ClientId;
            form["client_secret"] = _options.ClientSecret;
        }
        var uri = new Uri(_options.Endpoints.OAuth, "token");
        var exchange = await _transport.SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new FormUrlEncodedContent(form) };
            if (!_options.ClientCredentialsInBody)
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(
                    $"{Uri.EscapeDataString(_options.ClientId)}:{Uri.EscapeDataString(_options.ClientSecret)}")));
            return request;
        }, CallSafety.NotIdempotent, cancellationToken);
        return ReadTokens(exchange);
    }

    private AnafResult<OAuthTokens> ReadTokens(Exchange exchange)
    {
        if (exchange is HttpAnswer { Status: 400 or 401 } refused && AnswerReader.Json(refused) is { } error && AnswerReader.String(error, "error") is { } code)
        {
            return AnafResult<OAuthTokens>.Failure(new AnafError
            {
                Kind = code == "invalid_grant" ? AnafErrorKind.InvalidGrant : AnafErrorKind.OAuth,
                HttpStatus = refused.Status,
                Detail = code + (AnswerReader.String(error, "error_description") is { } description ? ": " + description : ""),
            });
        }
        if (AnswerReader.Failure(exchange) is { } failure) return AnafResult<OAuthTokens>.Failure(failure);
        var answer = (HttpAnswer)exchange;
        if (AnswerReader.Json(answer) is not { } json
            || AnswerReader.String(json, "access_token") is not { Length: > 0 } access
            || AnswerReader.String(json, "refresh_token") is not { Length: > 0 } refresh)
            return AnafResult<OAuthTokens>.Failure(AnswerReader.Unexpected(answer, "a token response with access_token and refresh_token"));
        var accessExpiry = JwtExpiry.Read(access)
            ?? (json.TryGetProperty("expires_in", out var seconds) && seconds.ValueKind == JsonValueKind.Number
                ? _options.Time.GetUtcNow().AddSeconds(seconds.GetInt64())
                : null);
        return AnafResult<OAuthTokens>.Success(new OAuthTokens(access, refresh, accessExpiry, JwtExpiry.Read(refresh)));
    }
}
