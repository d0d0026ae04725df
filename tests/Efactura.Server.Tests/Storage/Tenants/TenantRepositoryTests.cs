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

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_key_has_a_name_a_scope_and_stops_working_when_it_expires(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var acme = await db.Tenants.CreateAsync("acme", Token);
        var expires = db.Clock.GetUtcNow().AddHours(1);

        var reader = await db.Tenants.IssueApiKeyAsync(acme.Tenant.Id, new ApiKeySpec("reports", ApiKeyScope.Read, expires), Token);

        var access = await db.Tenants.AuthenticateKeyAsync(reader.Key, Token);
        access!.Scope.ShouldBe(ApiKeyScope.Read);
        access.Tenant.Id.ShouldBe(acme.Tenant.Id);
        (await db.Tenants.AuthenticateKeyAsync(acme.ApiKey.Key, Token))!.Scope.ShouldBe(ApiKeyScope.Write);
        var listed = (await db.Tenants.ListApiKeysAsync(acme.Tenant.Id, Token)).Single(k => k.Id == reader.Id);
        (listed.Name, listed.Scope, listed.ExpiresAt).ShouldBe(("reports", ApiKeyScope.Read, (DateTimeOffset?)expires));

        db.Clock.Advance(TimeSpan.FromHours(1));
        (await db.Tenants.AuthenticateKeyAsync(reader.Key, Token)).ShouldBeNull();
        (await db.Tenants.AuthenticateKeyAsync(acme.ApiKey.Key, Token)).ShouldNotBeNull();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Rotating_a_key_revokes_it_and_issues_one_with_the_same_name_scope_and_expiry(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var acme = await db.Tenants.CreateAsync("acme", Token);
        var other = await db.Tenants.CreateAsync("other", Token);
        var old = await db.Tenants.IssueApiKeyAsync(acme.Tenant.Id, new ApiKeySpec("erp", ApiKeyScope.Read), Token);

        (await db.Tenants.RotateApiKeyAsync(other.Tenant.Id, old.Id, Token)).ShouldBeNull();
        var rotated = await db.Tenants.RotateApiKeyAsync(acme.Tenant.Id, old.Id, Token);

        rotated!.Spec.ShouldBe(new ApiKeySpec("erp", ApiKeyScope.Read));
        (await db.Tenants.AuthenticateKeyAsync(old.Key, Token)).ShouldBeNull();
        (await db.Tenants.AuthenticateKeyAsync(rotated.Key, Token))!.Scope.ShouldBe(ApiKeyScope.Read);
        (await db.Tenants.RotateApiKeyAsync(acme.Tenant.Id, old.Id, Token)).ShouldBeNull();
    }
}
