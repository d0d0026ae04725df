using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Partners;

namespace Efactura.Server.Tests.Storage.Invoices;

/// <summary>An invoice records the partner its customer was filled from; only a partner of its own company.</summary>
public class InvoicePartnerTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static async Task<Guid> PartnerAsync(TestDatabase db, Company company) =>
        (await new PartnerRepository(db.Database, db.Clock).RecordAsync(new ReceivedSupplier(company.TenantId, company.Id,
            new PartnerDetails("14399840", "RO14399840", "Beta SA", null, "SECTOR3", "RO-B", null, "RO", null, null), [], "RON",
            new DateOnly(2026, 11, 20), new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero)), Token))!.Value;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_draft_and_an_issued_invoice_keep_the_partner_they_named(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var partnerId = await PartnerAsync(db, company);

        var draft = await db.Invoices.CreateAsync(Seed.Invoice(company, "D-1", InvoiceState.Draft) with { CustomerPartnerId = partnerId }, Token);
        var issued = await db.Invoices.CreateIssuedAsync(Seed.Invoice(company, "I-1") with { CustomerPartnerId = partnerId }, "<Invoice/>"u8.ToArray(),
            IssuePlan.QueueAt(db.Clock.GetUtcNow()), Token);
        var plain = await db.Invoices.CreateAsync(Seed.Invoice(company, "D-2", InvoiceState.Draft), Token);

        (await db.Invoices.GetAsync(tenant.Id, draft!.Id, Token))!.CustomerPartnerId.ShouldBe(partnerId);
        issued.IsIssued.ShouldBeTrue();
        (await db.Invoices.GetAsync(tenant.Id, issued.Invoice!.Id, Token))!.CustomerPartnerId.ShouldBe(partnerId);
        plain!.CustomerPartnerId.ShouldBeNull();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_partner_of_another_company_or_tenant_is_not_stored_on_an_invoice(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var sister = (await db.Companies.CreateAsync(tenant.Id, "18547290", "Alfa SRL", new CompanySettings(AnafEnvironment.Simulator), Token))!;
        var (_, foreign) = await Seed.TenantWithCompanyAsync(db, "other");
        var sisters = await PartnerAsync(db, sister);
        var foreigners = await PartnerAsync(db, foreign);

        foreach (var partnerId in new[] { sisters, foreigners })
        {
            (await db.Invoices.CreateAsync(Seed.Invoice(company, "D-1", InvoiceState.Draft) with { CustomerPartnerId = partnerId }, Token)).ShouldBeNull();
            (await db.Invoices.CreateIssuedAsync(Seed.Invoice(company, "I-1") with { CustomerPartnerId = partnerId }, "<Invoice/>"u8.ToArray(),
                IssuePlan.QueueAt(db.Clock.GetUtcNow()), Token)).Outcome.ShouldBe(IssueOutcome.NotFound);
        }
        (await db.Invoices.ListAsync(tenant.Id, new InvoiceFilter(), new Efactura.Server.Storage.PageRequest(), Token)).Items.ShouldBeEmpty();
    }
}
