using Efactura.Server.Storage.Companies;

namespace Efactura.Server.Tests.Storage.Companies;

public class SyncDueTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Marking_sync_due_makes_every_company_with_sync_on_claimable_now(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, first) = await Seed.TenantWithCompanyAsync(db);
        var second = await db.Companies.CreateAsync(tenant.Id, "22222222", "Second SRL", new CompanySettings(AnafEnvironment.Simulator), Token);
        var off = await db.Companies.CreateAsync(tenant.Id, "33333333", "Off SRL", new CompanySettings(AnafEnvironment.Simulator, SyncEnabled: false), Token);
        foreach (var company in await db.Companies.ClaimDueSyncAsync("node-a", TimeSpan.FromMinutes(2), 10, Token))
            await db.Companies.CompleteSyncAsync(company.TenantId, company.Id, "node-a", db.Clock.GetUtcNow().AddHours(1), Token);
        db.Clock.Advance(TimeSpan.FromMinutes(5));

        var due = await db.Companies.MarkSyncDueAsync(tenant.Id, null, Token);

        due.ShouldBe(new[] { first.Id, second!.Id }.Order().ToList());
        (await db.Companies.GetAsync(tenant.Id, first.Id, Token))!.NextSyncAt.ShouldBe(db.Clock.GetUtcNow());
        (await db.Companies.GetAsync(tenant.Id, off!.Id, Token))!.NextSyncAt.ShouldBeNull();
        (await db.Companies.ClaimDueSyncAsync("node-a", TimeSpan.FromMinutes(2), 10, Token)).Select(c => c.Id).Order().ShouldBe(due);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Marking_one_company_due_leaves_the_others_and_other_tenants_alone(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, first) = await Seed.TenantWithCompanyAsync(db);
        var second = await db.Companies.CreateAsync(tenant.Id, "22222222", "Second SRL", new CompanySettings(AnafEnvironment.Simulator), Token);
        var (other, _) = await Seed.TenantWithCompanyAsync(db, "other", "87654321");
        foreach (var company in await db.Companies.ClaimDueSyncAsync("node-a", TimeSpan.FromMinutes(2), 10, Token))
            await db.Companies.CompleteSyncAsync(company.TenantId, company.Id, "node-a", db.Clock.GetUtcNow().AddHours(1), Token);

        var due = await db.Companies.MarkSyncDueAsync(tenant.Id, first.Id, Token);
        var foreign = await db.Companies.MarkSyncDueAsync(other.Id, second!.Id, Token);

        due.ShouldBe([first.Id]);
        foreign.ShouldBeEmpty();
        (await db.Companies.GetAsync(tenant.Id, second.Id, Token))!.NextSyncAt.ShouldBe(db.Clock.GetUtcNow().AddHours(1));
    }
}
