using System.Text.Json;
using Efactura.Anaf.Results;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Events;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Server.Workers.Tokens;
using Efactura.Simulator;

namespace Efactura.Server.Tests.Workers;

public class TokenRefresherTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    internal static TokenRefresher Worker(AnafWorld world, TokenRefresherOptions? options = null) => new(
        world.Connections, world.Companies, world.Notices, world.Clients, world.Node, options ?? new TokenRefresherOptions(),
        new WorkerOptions(), world.Clock, world.Logs.For<TokenRefresher>());

    private static async Task<IReadOnlyList<StoredEvent>> EventsAsync(AnafWorld world, Company company, string type) =>
        (await world.Events.ListAsync(company.TenantId, new PageRequest(), Token)).Items.Where(e => e.Type == type).ToList();

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_token_nearing_expiry_is_refreshed_and_only_the_new_pair_works(string engine)
    {
        await using var world = await AnafWorld.StartAsync(engine, postgres,
            new SimulatorOptions { AccessTokenLifetime = TimeSpan.FromDays(10), RefreshTokenLifetime = TimeSpan.FromDays(100) });
        var (company, old) = await world.ConnectedCompanyAsync();
        var worker = Worker(world);

        (await worker.RunRoundAsync(Token)).ShouldBeFalse();
        world.Clock.Advance(TimeSpan.FromDays(4));
        (await worker.RunRoundAsync(Token)).ShouldBeTrue();
        (await worker.RunRoundAsync(Token)).ShouldBeFalse();

        var stored = (await world.Connections.GetCredentialsAsync(company.TenantId, company.Id, Token))!;
        stored.Connection.TokenVersion.ShouldBe(2);
        stored.Connection.Status.ShouldBe(ConnectionStatus.Active);
        stored.Tokens.AccessToken.ShouldNotBe(old.AccessToken);
        stored.Tokens.RefreshToken.ShouldNotBe(old.RefreshToken);
        stored.Connection.AccessExpiresAt.ShouldBe(world.Clock.GetUtcNow().AddDays(10), TimeSpan.FromSeconds(1));
        var client = await world.Clients.ForCompanyAsync(company);
        (await client.ListMessagesAsync(company.Cui, 5, cancellationToken: Token)).IsSuccess.ShouldBeTrue();
        var reuse = await (await world.Clients.ForEnvironmentAsync(Efactura.Server.Storage.Companies.AnafEnvironment.Simulator, Guid.Empty)).RefreshAsync(old.RefreshToken, Token);
        reuse.Error!.Kind.ShouldBe(AnafErrorKind.InvalidGrant);
        world.AnafCalls.Calls.Get("token", "2xx").ShouldBe(1);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_refused_refresh_token_expires_the_connection_and_says_so_once(string engine)
    {
        await using var world = await AnafWorld.StartAsync(engine, postgres, new SimulatorOptions { AccessTokenLifetime = TimeSpan.FromDays(3) });
        var (company, tokens) = await world.ConnectedCompanyAsync();
        // Someone else spent the refresh token (another installation with the same consent).
        (await (await world.Clients.ForEnvironmentAsync(Efactura.Server.Storage.Companies.AnafEnvironment.Simulator, Guid.Empty)).RefreshAsync(tokens.RefreshToken, Token)).IsSuccess.ShouldBeTrue();

        await Worker(world).RunRoundAsync(Token);
        await Worker(world).RunRoundAsync(Token);

        var connection = (await world.Connections.GetAsync(company.TenantId, company.Id, Token))!;
        connection.Status.ShouldBe(ConnectionStatus.Expired);
        connection.LastError.ShouldNotBeNull().ShouldContain("invalid_grant");
        var expired = (await EventsAsync(world, company, EventTypes.ConnectionExpired)).ShouldHaveSingleItem();
        expired.SubjectId.ShouldBe(company.Id);
        JsonDocument.Parse(expired.Data).RootElement.GetProperty("companyId").GetGuid().ShouldBe(company.Id);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_refresh_token_close_to_its_end_is_announced_once_per_token(string engine)
    {
        await using var world = await AnafWorld.StartAsync(engine, postgres,
            new SimulatorOptions { AccessTokenLifetime = TimeSpan.FromDays(90), RefreshTokenLifetime = TimeSpan.FromDays(50) });
        var (company, _) = await world.ConnectedCompanyAsync();
        var worker = Worker(world);

        (await worker.RunRoundAsync(Token)).ShouldBeFalse();
        world.Clock.Advance(TimeSpan.FromDays(21));
        (await worker.RunRoundAsync(Token)).ShouldBeTrue();
        world.Clock.Advance(TimeSpan.FromDays(1));
        (await worker.RunRoundAsync(Token)).ShouldBeFalse();

        var expiring = (await EventsAsync(world, company, EventTypes.ConnectionExpiring)).ShouldHaveSingleItem();
        JsonDocument.Parse(expiring.Data).RootElement.GetProperty("refreshExpiresAt").GetDateTimeOffset()
            .ShouldBe(world.Clock.GetUtcNow().AddDays(28), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task An_unreachable_ANAF_postpones_the_refresh_without_expiring_the_connection()
    {
        await using var world = await AnafWorld.StartAsync("sqlite", postgres, new SimulatorOptions { AccessTokenLifetime = TimeSpan.FromDays(3) });
        var (company, _) = await world.ConnectedCompanyAsync();
        world.Simulator.Faults.Add(new Simulator.Faults.FaultRule(Simulator.Faults.FaultKind.ServiceUnavailable, "/anaf-oauth2/v1/token"));
        var options = new TokenRefresherOptions { RetryAfterFailure = TimeSpan.FromMinutes(15) };

        (await Worker(world, options).RunRoundAsync(Token)).ShouldBeTrue();
        (await Worker(world, options).RunRoundAsync(Token)).ShouldBeFalse();
        world.Clock.Advance(TimeSpan.FromMinutes(16));
        (await Worker(world, options).RunRoundAsync(Token)).ShouldBeTrue();

        var connection = (await world.Connections.GetAsync(company.TenantId, company.Id, Token))!;
        connection.Status.ShouldBe(ConnectionStatus.Active);
        connection.TokenVersion.ShouldBe(2);
        connection.LastError.ShouldBeNull();
    }
}
