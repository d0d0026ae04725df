using Efactura.Anaf;
using Efactura.Anaf.OAuth;

namespace Efactura.Cli.Commands.Anaf;

/// <summary>One command's HTTP client and ANAF clients; dispose it when the command ends.</summary>
/// <param name="target">Where to call.</param>
/// <param name="clock">The clients' clock (token expiry, time windows, retry delays).</param>
internal sealed class AnafConnection(AnafTarget target, TimeProvider clock) : IDisposable
{
    // AnafClientOptions.Timeout applies per attempt; the HttpClient's own must not cut in first.
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private IAccessTokenSource? _tokens;
    private AnafClient? _client;

    /// <summary>Where it calls.</summary>
    public AnafTarget Target { get; } = target;

    /// <summary>The client for every call but OAuth.</summary>
    public AnafClient Client => _client ??= new(_http, new AnafClientOptions { Endpoints = Target.Endpoints, Time = clock }, _tokens);

    /// <summary>A client for the OAuth calls of one application.</summary>
    public AnafClient OAuthClient(string clientId, string clientSecret, string redirectUri) =>
        new(_http, new AnafClientOptions { Endpoints = Target.Endpoints, Time = clock, ClientId = clientId, ClientSecret = clientSecret, RedirectUri = redirectUri });

    /// <summary>Sets where bearer tokens come from.</summary>
    public void UseTokens(IAccessTokenSource tokens) => _tokens = tokens;

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();
}
