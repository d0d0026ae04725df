using Efactura.Anaf.OAuth;
using Efactura.Anaf.Results;

namespace Efactura.Anaf.Tests;

public sealed class OAuthTests : ClientTest
{
    private async Task<string> LoginAsync(Uri authorize)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var query = System.Web.HttpUtility.ParseQueryString(authorize.Query);
        using var response = await http.PostAsync(new Uri(authorize, "authorize"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = query["client_id"]!, ["redirect_uri"] = query["redirect_uri"]!, ["serial"] = Serial, ["cuis"] = Cif,
        }), Cancel);
        return System.Web.HttpUtility.ParseQueryString(response.Headers.Location!.Query)["code"]!;
    }

    [Fact]
    public void Authorize_address_asks_for_jwt_tokens()
    {
        var uri = Client.BuildAuthorizeUri("xyz");

        uri.ToString().ShouldBe(Simulator.BaseAddress + "anaf-oauth2/v1/authorize?response_type=code&client_id=efactura-simulator&redirect_uri=http%3A%2F%2F127.0.0.1%3A9999%2Fcallback&token_content_type=jwt&state=xyz");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Code_exchange_returns_tokens_with_expiries_read_from_the_jwt(bool credentialsInBody)
    {
        var client = NewClient(null, o => o with { ClientCredentialsInBody = credentialsInBody });

        var result = await client.ExchangeCodeAsync(await LoginAsync(client.BuildAuthorizeUri()), Cancel);

        result.IsSuccess.ShouldBeTrue(result.Error?.ToString());
        result.Value.AccessExpiresAt.ShouldBe(Clock.GetUtcNow().AddDays(90));
        result.Value.RefreshExpiresAt.ShouldBe(Clock.GetUtcNow().AddDays(365));
        result.Value.ToString().ShouldNotContain(result.Value.AccessToken);
    }

    [Fact]
    public async Task Refresh_rotates_and_a_spent_refresh_token_is_invalid_grant()
    {
        var first = (await Client.ExchangeCodeAsync(await LoginAsync(Client.BuildAuthorizeUri()), Cancel)).Value!;

        var second = await Client.RefreshAsync(first.RefreshToken, Cancel);
        var again = await Client.RefreshAsync(first.RefreshToken, Cancel);

        second.Value!.RefreshToken.ShouldNotBe(first.RefreshToken);
        again.Error!.Kind.ShouldBe(AnafErrorKind.InvalidGrant);
    }

    [Fact]
    public async Task Wrong_secret_is_an_oauth_error()
    {
        var client = NewClient(null, o => o with { ClientSecret = "wrong" });

        var result = await client.ExchangeCodeAsync("whatever", Cancel);

        result.Error!.Kind.ShouldBe(AnafErrorKind.OAuth);
        result.Error.Detail!.ShouldStartWith("invalid_client");
    }

    [Fact]
    public void Expiry_is_read_from_any_jwt_and_absent_for_opaque_tokens()
    {
        JwtExpiry.Read(Simulator.IssueTokens(Serial).AccessToken).ShouldBe(Clock.GetUtcNow().AddDays(90));
        JwtExpiry.Read("opaque-token").ShouldBeNull();
    }
}
