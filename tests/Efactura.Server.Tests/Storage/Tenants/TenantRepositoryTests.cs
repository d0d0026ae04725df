using Efactura.Server.Storage.Tenants;

namespace Efactura.Server.Tests.Storage.Tenants;

public class TenantRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_api_key_authenticates_its_tenant_and_only_its_hash_is_stored(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);

        var created = await db.Tenants.CreateAsync("acme", Token);

        (await db.Tenants.AuthenticateAsync(created.ApiKey.Key, Token))!.Id.ShouldBe(created.Tenant.Id);
        (await db.Tenants.AuthenticateAsync(created.ApiKey.Key + "x", Token)).ShouldBeNull();
        (await db.Tenants.AuthenticateAsync("", Token)).ShouldBeNull();
        var stored = (string)(await db.ScalarAsync("SELECT key_hash FROM api_keys"))!;
        stored.ShouldBe(ApiKeys.Hash(created.ApiKey.Key));
        stored.ShouldNotContain(created.ApiKey.Key[ApiKeys.KeyPrefix.Length..]);
        created.ApiKey.ToString().ShouldNotContain(created.ApiKey.Key);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_revoked_key_no_longer_authenticates_while_a_new_one_does(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var created = await db.Tenants.CreateAsync("acme", Token);
        var second = await db.Tenants.IssueApiKeyAsync(created.Tenant.Id, Token);

        (await db.Tenants.RevokeApiKeyAsync(created.Tenant.Id, created.ApiKey.Id, Token)).ShouldBeTrue();

        (await db.Tenants.AuthenticateAsync(created.ApiKey.Key, Token)).ShouldBeNull();
        (await db.Tenants.AuthenticateAsync(second.Key, Token))!.Id.ShouldBe(created.Tenant.Id);
        var keys = await db.Tenants.ListApiKeysAsync(created.Tenant.Id, Token);
        keys.Single(k => k.Id == created.ApiKey.Id).RevokedAt.ShouldBe(db.Clock.GetUtcNow());
        keys.Single(k => k.Id == second.Id).RevokedAt.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_tenant_cannot_revoke_a_key(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var acme = await db.Tenants.CreateAsync("acme", Token);
        var other = await db.Tenants.CreateAsync("other", Token);

        (await db.Tenants.RevokeApiKeyAsync(other.Tenant.Id, acme.ApiKey.Id, Token)).ShouldBeFalse();

        (await db.Tenants.AuthenticateAsync(acme.ApiKey.Key, Token)).ShouldNotBeNull();
        (await db.Tenants.AnyAsync(Token)).ShouldBeTrue();
    }

    [Fact]
    public void Keys_are_random_prefixed_and_hash_to_hex()
    {
        var key = ApiKeys.Generate();

        key.ShouldStartWith(ApiKeys.KeyPrefix);
        ApiKeys.Generate().ShouldNotBe(key);
        ApiKeys.Hash(key).ShouldMatch("^[0-9a-f]{64}$");
        ApiKeys.PrefixOf(key).Length.ShouldBe(12);
    }
}
