using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Tests.Storage.Incoming;

public class SpvMessageLookupTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_message_is_found_by_id_for_its_tenant_only(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var (other, _) = await Seed.TenantWithCompanyAsync(db, "other", "87654321");
        var recorded = await db.SpvMessages.RecordAsync(tenant.Id, company.Id,
            new NewSpvMessage("3001000001", NewSpvMessage.ReceivedInvoiceType, company.Cui, "5001000001", "Factura primita", db.Clock.GetUtcNow()), Token);

        (await db.SpvMessages.GetAsync(tenant.Id, recorded!.Id, Token)).ShouldBe(recorded);
        (await db.SpvMessages.GetAsync(other.Id, recorded.Id, Token)).ShouldBeNull();
        (await db.SpvMessages.GetAsync(tenant.Id, Guid.NewGuid(), Token)).ShouldBeNull();
    }
}
