using System.Net;
using System.Text.Json;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Tests.Hosting;

namespace Efactura.Server.Tests.Api.Connections;

/// <summary>
/// A connection whose access token ANAF (here: the simulator) refuses shows as such (issue 15, Medium): after a refused
/// upload it is <c>expired</c>, says why, and links the two ways to connect again, instead of still reading "active".
/// </summary>
public sealed class RefusedTokenTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_refused_token_marks_the_connection_expired_with_the_reason_and_how_to_reconnect()
    {
        await using var server = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Efactura:Workers:Enabled"] = "true",
            ["Efactura:Workers:IdleDelay"] = "00:00:00.100",
        });
        var alice = await server.CreateTenantAsync("alice");
        var company = await alice.Client.CreateCompanyAsync("RO18547290");
        // A token signed by another key (another tenant's simulator), as the gateway held after a restart that changed
        // the simulator's key: well-formed, unexpired, and refused.
        var foreign = await server.SimulatorAsync((await server.CreateTenantAsync("mallory")).Id);
        foreign.GrantRights("foreign-serial", "18547290");
        var pair = foreign.IssueTokens("foreign-serial");
        var now = server.Service<TimeProvider>().GetUtcNow();
        await server.Service<AnafConnectionRepository>().ConnectAsync(alice.Id, company,
            new AnafTokens(pair.AccessToken, pair.RefreshToken, now.AddDays(90), now.AddDays(365)), Token);

        var invoice = await alice.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));

        var connection = await EventuallyAsync(alice.Client, $"v1/companies/{company}/anaf", c => c.GetProperty("status").GetString() != "active");
        connection.GetProperty("status").GetString().ShouldBe("expired");
        connection.GetProperty("lastError").GetString()!.ShouldContain("ANAF refused the access token");
        connection.GetProperty("reconnect").GetProperty("connect").GetString().ShouldBe($"/v1/anaf/connect?companyId={company}");
        connection.GetProperty("reconnect").GetProperty("tokenLinks").GetString().ShouldBe("/v1/anaf/token-links");
        var failed = await EventuallyAsync(alice.Client, $"v1/invoices/{invoice.GetProperty("id").GetString()}", i => i.GetProperty("state").GetString() == "failed");
        failed.GetProperty("error").GetProperty("code").GetString().ShouldNotBeNullOrEmpty();
    }

    // Polls until the answer satisfies the condition (the submitter works in the background); fails after 60 s.
    private static async Task<JsonElement> EventuallyAsync(HttpClient client, string path, Func<JsonElement, bool> done)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Token);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            var response = await client.GetAsync(path, limit.Token);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var body = await response.BodyAsync();
            if (done(body)) return body;
            await Task.Delay(100, limit.Token);
        }
    }
}
