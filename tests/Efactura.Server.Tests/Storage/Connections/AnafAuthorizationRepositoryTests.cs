using System.Security.Cryptography;
using System.Text;
using Efactura.Server.Storage.Connections;

namespace Efactura.Server.Tests.Storage.Connections;

public class AnafAuthorizationRepositoryTests(PostgresServer postgres)
{
    private const string Redirect = "http://127.0.0.1:5080/v1/anaf/callback";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static AnafAuthorizationRepository Repository(TestDatabase db) => new(db.Database, db.Clock);

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_state_is_redeemed_once_for_its_tenant_company_and_redirect(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var repository = Repository(db);

        var state = await repository.CreateStateAsync(tenant.Id, company.Id, Redirect, null, TimeSpan.FromMinutes(15), Token);
        var first = await repository.RedeemStateAsync(state!.Value, Token);
        var second = await repository.RedeemStateAsync(state.Value, Token);

        first.Check.ShouldBe(OneTimeCheck.Valid);
        first.Authorization.ShouldBe(new PendingAuthorization(tenant.Id, company.Id, Redirect, null));
        second.ShouldBe(new StateRedemption(OneTimeCheck.Used, null));
        state.ExpiresAt.ShouldBe(db.Clock.GetUtcNow().AddMinutes(15));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Only_the_hash_of_a_state_is_stored(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);

        var state = await Repository(db).CreateStateAsync(tenant.Id, company.Id, Redirect, null, TimeSpan.FromMinutes(15), Token);

        var stored = (string)(await db.ScalarAsync("SELECT state_hash FROM anaf_oauth_states"))!;
        stored.ShouldNotContain(state!.Value);
        stored.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state.Value))));
        state.ToString().ShouldNotContain(state.Value);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_expired_state_is_refused_and_an_unknown_one_is_unknown(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var repository = Repository(db);
        var state = await repository.CreateStateAsync(tenant.Id, company.Id, Redirect, null, TimeSpan.FromMinutes(15), Token);

        db.Clock.Advance(TimeSpan.FromMinutes(15));

        (await repository.RedeemStateAsync(state!.Value, Token)).Check.ShouldBe(OneTimeCheck.Expired);
        (await repository.RedeemStateAsync("never-handed-out", Token)).Check.ShouldBe(OneTimeCheck.Unknown);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task No_state_or_link_is_made_for_another_tenants_company(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var (other, _) = await Seed.TenantWithCompanyAsync(db, "other", "87654321");
        var repository = Repository(db);

        (await repository.CreateStateAsync(other.Id, company.Id, Redirect, null, TimeSpan.FromMinutes(15), Token)).ShouldBeNull();
        (await repository.CreateTokenLinkAsync(other.Id, company.Id, TimeSpan.FromHours(24), Token)).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Two_callbacks_racing_with_one_state_succeed_once(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var repository = Repository(db);
        var state = await repository.CreateStateAsync(tenant.Id, company.Id, Redirect, null, TimeSpan.FromMinutes(15), Token);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => repository.RedeemStateAsync(state!.Value, Token), Token)));

        results.Count(r => r.Check == OneTimeCheck.Valid).ShouldBe(1);
        results.Where(r => r.Check != OneTimeCheck.Valid).ShouldAllBe(r => r.Check == OneTimeCheck.Used);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_token_link_stays_open_until_a_consent_started_from_it_completes(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var repository = Repository(db);
        var link = await repository.CreateTokenLinkAsync(tenant.Id, company.Id, TimeSpan.FromHours(24), Token);

        var opened = await repository.CheckTokenLinkAsync(link!.Value, Token);
        var openedAgain = await repository.CheckTokenLinkAsync(link.Value, Token);
        var first = await repository.CreateStateAsync(tenant.Id, company.Id, Redirect, opened.Link!.Id, TimeSpan.FromMinutes(15), Token);
        var second = await repository.CreateStateAsync(tenant.Id, company.Id, Redirect, openedAgain.Link!.Id, TimeSpan.FromMinutes(15), Token);
        var completed = await repository.RedeemStateAsync(first!.Value, Token);
        var completedAgain = await repository.RedeemStateAsync(second!.Value, Token);

        opened.Check.ShouldBe(OneTimeCheck.Valid);
        opened.Link.ShouldBe(new TokenLink(opened.Link.Id, tenant.Id, company.Id, link.ExpiresAt, null, db.Clock.GetUtcNow()));
        completed.Authorization!.TokenLinkId.ShouldBe(opened.Link.Id);
        completedAgain.ShouldBe(new StateRedemption(OneTimeCheck.LinkUsed, null));
        (await repository.CheckTokenLinkAsync(link.Value, Token)).ShouldBe(new TokenLinkCheck(OneTimeCheck.Used, null));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_token_link_expires_and_an_unknown_one_is_unknown(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var repository = Repository(db);
        var link = await repository.CreateTokenLinkAsync(tenant.Id, company.Id, TimeSpan.FromHours(24), Token);

        db.Clock.Advance(TimeSpan.FromHours(24));

        (await repository.CheckTokenLinkAsync(link!.Value, Token)).Check.ShouldBe(OneTimeCheck.Expired);
        (await repository.CheckTokenLinkAsync("not-a-link", Token)).Check.ShouldBe(OneTimeCheck.Unknown);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Values_older_than_the_retention_are_purged_when_new_ones_are_made(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var repository = Repository(db);
        var link = await repository.CreateTokenLinkAsync(tenant.Id, company.Id, TimeSpan.FromHours(24), Token);
        var linkId = (await repository.CheckTokenLinkAsync(link!.Value, Token)).Link!.Id;
        await repository.CreateStateAsync(tenant.Id, company.Id, Redirect, linkId, TimeSpan.FromMinutes(15), Token);

        db.Clock.Advance(AnafAuthorizationRepository.Retention + TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await repository.CreateTokenLinkAsync(tenant.Id, company.Id, TimeSpan.FromHours(24), Token);

        Convert.ToInt32(await db.ScalarAsync("SELECT COUNT(*) FROM anaf_oauth_states"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(0);
        Convert.ToInt32(await db.ScalarAsync("SELECT COUNT(*) FROM anaf_token_links"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(1);
        (await repository.CheckTokenLinkAsync(link.Value, Token)).Check.ShouldBe(OneTimeCheck.Unknown);
    }
}
