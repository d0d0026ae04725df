using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Efactura.Simulator.Assumptions;
using Efactura.Testing;

namespace Efactura.Simulator.Tests;

/// <summary>
/// What no recording of ANAF shows is a switch of the simulator (anaf-recordings/README.md): the token answer, the
/// body of a 429, and whether a used refresh token still works. Each setting, and each default, is checked here.
/// </summary>
public sealed class AssumptionSwitchesTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<X509Certificate2> Certificate = new(() => AnafSimulator.CreateSigningCertificate(Start.AddDays(-1)));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<AnafSimulator> StartAsync(SimulatorOptions options) =>
        AnafSimulator.StartAsync(options with { Time = new ManualTimeProvider(Start), SigningCertificate = Certificate.Value }, Cancel);

    private static async Task<(int Status, JsonElement Body)> RefreshAsync(AnafSimulator simulator, string refreshToken)
    {
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "anaf-oauth2/v1/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }),
        };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("efactura-simulator:simulator-secret")));
        using var response = await http.SendAsync(request, Cancel);
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement.Clone());
    }

    [Fact]
    public void The_defaults_are_the_assumptions_public_clients_make()
    {
        var options = new SimulatorOptions();

        options.RefreshTokenReuse.ShouldBe(RefreshTokenReuse.Refused);
        options.TokenAnswer.ShouldBe(TokenAnswerShape.WithExpiresIn);
        options.TooManyRequestsBody.ShouldBe(TooManyRequestsBody.PlainText);
    }

    [Fact]
    public async Task A_used_refresh_token_is_refused_when_reuse_is_refused()
    {
        await using var simulator = await StartAsync(new SimulatorOptions { RefreshTokenReuse = RefreshTokenReuse.Refused });
        var refresh = simulator.IssueTokens("S1").RefreshToken;

        var first = await RefreshAsync(simulator, refresh);
        var again = await RefreshAsync(simulator, refresh);

        first.Status.ShouldBe(200);
        again.Status.ShouldBe(400);
        again.Body.GetProperty("error").GetString().ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task A_used_refresh_token_keeps_working_when_reuse_is_allowed_and_each_use_rotates()
    {
        await using var simulator = await StartAsync(new SimulatorOptions { RefreshTokenReuse = RefreshTokenReuse.Allowed });
        var refresh = simulator.IssueTokens("S1").RefreshToken;

        var first = await RefreshAsync(simulator, refresh);
        var again = await RefreshAsync(simulator, refresh);
        var fromNew = await RefreshAsync(simulator, first.Body.GetProperty("refresh_token").GetString()!);

        first.Status.ShouldBe(200);
        again.Status.ShouldBe(200);
        fromNew.Status.ShouldBe(200);
        again.Body.GetProperty("refresh_token").GetString().ShouldNotBe(first.Body.GetProperty("refresh_token").GetString());
        again.Body.GetProperty("refresh_token").GetString().ShouldNotBe(refresh);
    }

    [Theory]
    [InlineData(TokenAnswerShape.WithExpiresIn, new[] { "access_token", "token_type", "refresh_token", "expires_in" })]
    [InlineData(TokenAnswerShape.JwtOnly, new[] { "access_token", "token_type", "refresh_token" })]
    public async Task The_token_answer_has_the_fields_its_shape_names(TokenAnswerShape shape, string[] fields)
    {
        await using var simulator = await StartAsync(new SimulatorOptions { TokenAnswer = shape });

        var (status, body) = await RefreshAsync(simulator, simulator.IssueTokens("S1").RefreshToken);

        status.ShouldBe(200);
        body.EnumerateObject().Select(p => p.Name).ShouldBe(fields);
        body.GetProperty("token_type").GetString().ShouldBe("Bearer");
    }

    [Theory]
    [InlineData(TooManyRequestsBody.PlainText, "text/plain", "Too Many Requests: limita este setata la 1 de apeluri pe minut")]
    [InlineData(TooManyRequestsBody.SpringJson, "application/json", """{"timestamp":"02-03-2026 11:00:00","status":429,"error":"Too Many Requests","message":"Too Many Requests: limita este setata la 1 de apeluri pe minut"}""")]
    [InlineData(TooManyRequestsBody.Empty, null, "")]
    public async Task Beyond_the_calls_per_minute_the_429_carries_the_chosen_body(TooManyRequestsBody shape, string? contentType, string expected)
    {
        await using var simulator = await StartAsync(new SimulatorOptions { TooManyRequestsBody = shape, Limits = new SimulatorLimits { CallsPerWindow = 1 } });
        simulator.GrantRights("S1", "8000000000");
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", simulator.IssueTokens("S1").AccessToken);

        using var first = await http.GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=1", Cancel);
        using var second = await http.GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=1", Cancel);

        first.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        ((int)second.StatusCode).ShouldBe(429);
        second.Content.Headers.ContentType?.MediaType.ShouldBe(contentType);
        (await second.Content.ReadAsStringAsync(Cancel)).ShouldBe(expected);
    }
}
