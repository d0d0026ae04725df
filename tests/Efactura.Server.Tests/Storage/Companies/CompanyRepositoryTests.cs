using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Tests.Storage.Companies;

public class CompanyRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Settings_round_trip_and_a_cui_is_unique_per_tenant(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var acme = (await db.Tenants.CreateAsync("acme", Token)).Tenant;
        var other = (await db.Tenants.CreateAsync("other", Token)).Tenant;
        var settings = new CompanySettings(AnafEnvironment.Prod, AutoSend: false, DelayHours: 12, SyncEnabled: false, SyncDaysBack: 30);

        var company = await db.Companies.CreateAsync(acme.Id, "12345678", "Acme SRL", settings, Token);

        company!.Settings.ShouldBe(settings);
        company.NextSyncAt.ShouldBeNull();
        (await db.Companies.GetAsync(acme.Id, company.Id, Token)).ShouldBe(company);
        (await db.Companies.CreateAsync(acme.Id, "12345678", "Again", settings, Token)).ShouldBeNull();
        (await db.Companies.CreateAsync(other.Id, "12345678", "Same CUI, other tenant", settings, Token)).ShouldNotBeNull();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_tenant_neither_sees_nor_changes_a_company(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (_, company) = await Seed.TenantWithCompanyAsync(db);
        var other = (await db.Tenants.CreateAsync("other", Token)).Tenant;

        (await db.Companies.GetAsync(other.Id, company.Id, Token)).ShouldBeNull();
        (await db.Companies.FindByCuiAsync(other.Id, company.Cui, Token)).ShouldBeNull();
        (await db.Companies.ListAsync(other.Id, new PageRequest(), Token)).Items.ShouldBeEmpty();
        (await db.Companies.UpdateAsync(other.Id, company.Id, "Stolen", company.Settings, Token)).ShouldBeNull();
        (await db.Companies.GetAsync(company.TenantId, company.Id, Token))!.Name.ShouldBe(company.Name);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Turning_sync_on_makes_it_due_and_a_claimed_sync_is_rescheduled(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var tenant = (await db.Tenants.CreateAsync("acme", Token)).Tenant;
        var company = (await db.Companies.CreateAsync(tenant.Id, "1", "A", new CompanySettings(AnafEnvironment.Test, SyncEnabled: false), Token))!;

        (await db.Companies.ClaimDueSyncAsync("node-a", TimeSpan.FromMinutes(5), 10, Token)).ShouldBeEmpty();
        await db.Companies.UpdateAsync(tenant.Id, company.Id, "A", company.Settings with { SyncEnabled = true }, Token);
        var claimed = await db.Companies.ClaimDueSyncAsync("node-a", TimeSpan.FromMinutes(5), 10, Token);
        (await db.Companies.ClaimDueSyncAsync("node-b", TimeSpan.FromMinutes(5), 10, Token)).ShouldBeEmpty();
        var next = db.Clock.GetUtcNow().AddHours(1);
        (await db.Companies.CompleteSyncAsync(tenant.Id, company.Id, "node-b", next, Token)).ShouldBeFalse();
        (await db.Companies.CompleteSyncAsync(tenant.Id, company.Id, "node-a", next, Token)).ShouldBeTrue();

        claimed.Select(c => c.Id).ShouldBe([company.Id]);
        (await db.Companies.GetAsync(tenant.Id, company.Id, Token))!.NextSyncAt.ShouldBe(next);
        (await db.Companies.ClaimDueSyncAsync("node-b", TimeSpan.FromMinutes(5), 10, Token)).ShouldBeEmpty();
        db.Clock.Advance(TimeSpan.FromHours(1));
        (await db.Companies.ClaimDueSyncAsync("node-b", TimeSpan.FromMinutes(5), 10, Token)).Count.ShouldBe(1);
    }

    [Fact]
    public void Settings_out_of_range_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new CompanySettings(AnafEnvironment.Test, SyncDaysBack: 61).Validate());
        Should.Throw<ArgumentOutOfRangeException>(() => new CompanySettings(AnafEnvironment.Test, DelayHours: -1).Validate());
        new CompanySettings(AnafEnvironment.Test).SyncDaysBack.ShouldBe(60);
    }
}
