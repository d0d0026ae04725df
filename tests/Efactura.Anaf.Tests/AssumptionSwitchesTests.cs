using System.Security.Cryptography.X509Certificates;
using Efactura.Anaf.Results;
using Efactura.Simulator;
using Efactura.Simulator.Assumptions;
using Efactura.Testing;

namespace Efactura.Anaf.Tests;

/// <summary>
/// The client works whichever way ANAF behaves where no recording says how (the simulator's assumption switches):
/// a token answer with or without <c>expires_in</c>, a refresh token that dies after use or stays valid, and any
/// body on a 429.
/// </summary>
public sealed class AssumptionSwitchesTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<X509Certificate2> Certificate = new(() => AnafSimulator.CreateSigningCertificate(Start.AddDays(-1)));

    private readonly ManualTimeProvider _clock = new(Start);
    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private Task<AnafSimulator> StartAsync(SimulatorOptions options) =>
        AnafSimulator.StartAsync(options with { Time = _clock, SigningCertificate = Certificate.Value }, Cancel);

    private AnafClient ClientOf(AnafSimulator simulator, string? accessToken = null) => new(_http, new AnafClientOptions
    {
        Endpoints = AnafEndpoints.Simulator(simulator.BaseAddress),
        ClientId = "efactura-simulator",
        ClientSecret = "simulator-secret",
        RedirectUri = "http://127.0.0.1:9999/callback",
        RetryBaseDelay = TimeSpan.Zero,
        TooManyRequestsWait = TimeSpan.Zero,
        Time = _clock,
    }, accessToken is null ? null : new OAuth.StaticAccessToken(accessToken));

    [Theory]
    [InlineData(TokenAnswerShape.WithExpiresIn)]
    [InlineData(TokenAnswerShape.JwtOnly)]
    public async Task Token_expiries_are_known_with_or_without_expires_in(TokenAnswerShape shape)
    {
        await using var simulator = await StartAsync(new SimulatorOptions { TokenAnswer = shape });

        var tokens = (await ClientOf(simulator).RefreshAsync(simulator.IssueTokens("S1").RefreshToken, Cancel)).Value!;

        tokens.AccessExpiresAt.ShouldBe(Start.AddDays(90));
        tokens.RefreshExpiresAt.ShouldBe(Start.AddDays(365));
    }

    [Theory]
    [InlineData(RefreshTokenReuse.Refused)]
    [InlineData(RefreshTokenReuse.Allowed)]
    public async Task Refreshing_with_the_newest_refresh_token_each_time_works_either_way(RefreshTokenReuse reuse)
    {
        await using var simulator = await StartAsync(new SimulatorOptions { RefreshTokenReuse = reuse });
        var client = ClientOf(simulator);
        var refresh = simulator.IssueTokens("S1").RefreshToken;

        for (var day = 0; day < 3; day++)
        {
            _clock.Advance(TimeSpan.FromDays(1));
            var tokens = await client.RefreshAsync(refresh, Cancel);
            tokens.IsSuccess.ShouldBeTrue(tokens.Error?.ToString());
            tokens.Value!.RefreshToken.ShouldNotBe(refresh);
            refresh = tokens.Value.RefreshToken;
        }
    }

    [Theory]
    [InlineData(RefreshTokenReuse.Refused, false)]
    [InlineData(RefreshTokenReuse.Allowed, true)]
    public async Task A_spent_refresh_token_is_invalid_grant_only_where_ANAF_would_refuse_it(RefreshTokenReuse reuse, bool accepted)
    {
        await using var simulator = await StartAsync(new SimulatorOptions { RefreshTokenReuse = reuse });
        var client = ClientOf(simulator);
        var refresh = simulator.IssueTokens("S1").RefreshToken;
        (await client.RefreshAsync(refresh, Cancel)).IsSuccess.ShouldBeTrue();

        var again = await client.RefreshAsync(refresh, Cancel);

        again.IsSuccess.ShouldBe(accepted);
        if (!accepted) again.Error!.Kind.ShouldBe(AnafErrorKind.InvalidGrant);
    }

    [Theory]
    [InlineData(TooManyRequestsBody.PlainText)]
    [InlineData(TooManyRequestsBody.SpringJson)]
    [InlineData(TooManyRequestsBody.Empty)]
    public async Task A_429_is_too_many_requests_whatever_its_body(TooManyRequestsBody body)
    {
        await using var simulator = await StartAsync(new SimulatorOptions { TooManyRequestsBody = body, Limits = new SimulatorLimits { CallsPerWindow = 1 } });
        simulator.GrantRights("S1", "8000000000");
        var client = ClientOf(simulator, simulator.IssueTokens("S1").AccessToken);
        await client.GetStatusAsync(1, Cancel);

        var error = (await client.GetStatusAsync(1, Cancel)).Error!;

        error.Kind.ShouldBe(AnafErrorKind.TooManyRequests);
        error.HttpStatus.ShouldBe(429);
    }
}
