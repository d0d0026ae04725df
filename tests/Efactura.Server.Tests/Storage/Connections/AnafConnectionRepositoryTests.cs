using System.Text;
using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Tests.Storage.Connections;

public class AnafConnectionRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static AnafTokens Pair(TestDatabase db, string suffix) => new(
        "access-" + suffix, "refresh-" + suffix, db.Clock.GetUtcNow().AddDays(90), db.Clock.GetUtcNow().AddDays(365));

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Tokens_are_stored_encrypted_and_read_back_decrypted(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var tokens = Pair(db, "secret-one");

        var connection = await db.Connections.ConnectAsync(tenant.Id, company.Id, tokens, Token);

        connection!.Status.ShouldBe(ConnectionStatus.Active);
        connection.AccessExpiresAt.ShouldBe(tokens.AccessExpiresAt);
        var raw = (byte[])(await db.ScalarAsync("SELECT access_token FROM anaf_connections"))!;
        Encoding.UTF8.GetString(raw).ShouldNotContain("secret-one");
        (await db.Connections.GetCredentialsAsync(tenant.Id, company.Id, Token))!.Tokens.ShouldBe(tokens);
        tokens.ToString().ShouldNotContain("secret-one");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Of_two_rotations_from_the_same_version_only_one_is_stored(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var version = (await db.Connections.ConnectAsync(tenant.Id, company.Id, Pair(db, "1"), Token))!.TokenVersion;

        var results = await Task.WhenAll(
            Task.Run(() => db.Connections.RotateAsync(tenant.Id, company.Id, version, Pair(db, "a"), Token), Token),
            Task.Run(() => db.Connections.RotateAsync(tenant.Id, company.Id, version, Pair(db, "b"), Token), Token));

        results.Count(r => r).ShouldBe(1);
        var stored = await db.Connections.GetCredentialsAsync(tenant.Id, company.Id, Token);
        stored!.Connection.TokenVersion.ShouldBe(version + 1);
        stored.Tokens.ShouldBe(Pair(db, results[0] ? "a" : "b"));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Expiring_connections_are_claimed_by_one_refresher(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        await db.Connections.ConnectAsync(tenant.Id, company.Id, Pair(db, "1"), Token);

        (await db.Connections.ClaimExpiringAsync(TimeSpan.FromDays(7), "a", TimeSpan.FromMinutes(5), 10, Token)).ShouldBeEmpty();
        db.Clock.Advance(TimeSpan.FromDays(85));
        var claimed = await db.Connections.ClaimExpiringAsync(TimeSpan.FromDays(7), "a", TimeSpan.FromMinutes(5), 10, Token);
        var second = await db.Connections.ClaimExpiringAsync(TimeSpan.FromDays(7), "b", TimeSpan.FromMinutes(5), 10, Token);
        (await db.Connections.RecordRefreshFailureAsync(tenant.Id, company.Id, "b", "not mine", expired: false, Token)).ShouldBeFalse();
        (await db.Connections.RecordRefreshFailureAsync(tenant.Id, company.Id, "a", "invalid_grant", expired: true, Token)).ShouldBeTrue();

        claimed.Single().CompanyId.ShouldBe(company.Id);
        second.ShouldBeEmpty();
        var state = await db.Connections.GetAsync(tenant.Id, company.Id, Token);
        state!.Status.ShouldBe(ConnectionStatus.Expired);
        state.LastError.ShouldBe("invalid_grant");
        (await db.Connections.ClaimExpiringAsync(TimeSpan.FromDays(7), "c", TimeSpan.FromMinutes(5), 10, Token)).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_tenant_can_neither_connect_nor_read_a_company(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var other = (await db.Tenants.CreateAsync("other", Token)).Tenant;
        await db.Connections.ConnectAsync(tenant.Id, company.Id, Pair(db, "1"), Token);

        (await db.Connections.ConnectAsync(other.Id, company.Id, Pair(db, "evil"), Token)).ShouldBeNull();
        (await db.Connections.GetAsync(other.Id, company.Id, Token)).ShouldBeNull();
        (await db.Connections.GetCredentialsAsync(other.Id, company.Id, Token)).ShouldBeNull();
        (await db.Connections.RotateAsync(other.Id, company.Id, 1, Pair(db, "evil"), Token)).ShouldBeFalse();
        (await db.Connections.DisconnectAsync(other.Id, company.Id, Token)).ShouldBeFalse();
        (await db.Connections.GetCredentialsAsync(tenant.Id, company.Id, Token))!.Tokens.AccessToken.ShouldBe("access-1");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Connecting_again_replaces_the_pair_and_reactivates(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        await db.Connections.ConnectAsync(tenant.Id, company.Id, Pair(db, "1"), Token);
        await db.Connections.ClaimExpiringAsync(TimeSpan.FromDays(365), "a", TimeSpan.FromMinutes(5), 1, Token);
        await db.Connections.RecordRefreshFailureAsync(tenant.Id, company.Id, "a", "invalid_grant", expired: true, Token);

        var again = await db.Connections.ConnectAsync(tenant.Id, company.Id, Pair(db, "2"), Token);

        again!.Status.ShouldBe(ConnectionStatus.Active);
        again.TokenVersion.ShouldBe(2);
        again.LastError.ShouldBeNull();
        (await db.Connections.DisconnectAsync(tenant.Id, company.Id, Token)).ShouldBeTrue();
        (await db.Connections.GetAsync(tenant.Id, company.Id, Token)).ShouldBeNull();
    }
}
