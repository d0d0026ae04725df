using System.Net.Http.Headers;
using Efactura.Anaf.OAuth;
using Efactura.Anaf.Quotas;
using Efactura.Anaf.Results;
using Efactura.Anaf.Transport;

namespace Efactura.Anaf;

/// <summary>
/// ANAF's RO e-Factura API, typed: OAuth, upload, stareMesaj, both message lists, descarcare, validare,
/// transformare and signature validation. Every documented answer, including errors that arrive as
/// HTTP 200, comes back as a typed result; nothing is thrown for what ANAF or the network does.
/// </summary>
public sealed partial class AnafClient
{
    private readonly HttpClient _http;
    private readonly AnafClientOptions _options;
    private readonly IAccessTokenSource? _tokens;
    private readonly IAnafQuota _quota;
    private readonly AnafTransport _transport;

    /// <summary>A client over <paramref name="http"/> (whose own timeout should be infinite: <see cref="AnafClientOptions.Timeout"/> applies per attempt).</summary>
    /// <param name="http">The HTTP client.</param>
    /// <param name="options">Endpoints, credentials, timeouts and retries.</param>
    /// <param name="tokens">The bearer token source; needed by every call except OAuth, validare, transformare and signature validation.</param>
    /// <param name="quota">The limiter; a process-local one with ANAF's limits when null.</param>
    public AnafClient(HttpClient http, AnafClientOptions options, IAccessTokenSource? tokens = null, IAnafQuota? quota = null)
    {
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _tokens = tokens;
        _quota = quota ?? new InMemoryAnafQuota(new QuotaLimits(), options.Time);
        _transport = new AnafTransport(http, options, _quota);
    }

    private async Task<Exchange> SendAsync(HttpMethod method, Uri uri, Func<HttpContent?> content, CallSafety safety, bool authenticated, CancellationToken cancellationToken)
    {
        var token = authenticated ? await AccessTokenAsync(cancellationToken) : null;
        return await _transport.SendAsync(() =>
        {
            var request = new HttpRequestMessage(method, uri) { Content = content() };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }, safety, cancellationToken);
    }

    private async Task<string> AccessTokenAsync(CancellationToken cancellationToken) =>
        _tokens is null
            ? throw new InvalidOperationException("This call needs an access token: pass an IAccessTokenSource to the AnafClient.")
            : await _tokens.GetAccessTokenAsync(cancellationToken);

    private async Task<AnafError?> ConsumeAsync(DailyQuota quota, string key, CancellationToken cancellationToken) =>
        await _quota.TryConsumeAsync(quota, key, cancellationToken)
            ? null
            : new AnafError { Kind = AnafErrorKind.QuotaExhausted, Detail = $"the daily quota {quota} for {key} is used up (with the safety margin)" };

    private Uri Api(string relative) => new(_options.Endpoints.Api, relative);

    private static string Digits(string cif) => Core.CodeLists.Cui.Normalize(cif);
}
