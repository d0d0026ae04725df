using Efactura.Server.Storage;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Partners;

namespace Efactura.Server.Tests.Storage.Partners;

public class PartnerRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Morning = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private static PartnerDetails Alfa(string name = "Alfa Distribuție SRL", string? iban = "RO49AAAA1B31007593840000") =>
        new("18547290", "RO18547290", name, "Str. Memorandumului 28", "Cluj-Napoca", "RO-CJ", "400114", "RO", iban, "J12/1234/2010");

    private static ProductDetails Cement(decimal price) => new("CIM-40", "Ciment Portland CEM II 40 kg", "H87", price, null, "44111200-3", "25232900");

    private static ReceivedSupplier Supplier(Guid tenantId, Guid companyId, DateOnly issued, DateTimeOffset received, PartnerDetails partner, params ProductDetails[] products) =>
        new(tenantId, companyId, partner, products, "RON", issued, received);

    private static PartnerRepository Partners(TestDatabase db) => new(db.Database, db.Clock);

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_newer_invoice_updates_the_partner_and_the_last_price_and_an_older_one_changes_nothing(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var partners = Partners(db);

        var first = await partners.RecordAsync(Supplier(tenant.Id, company.Id, new DateOnly(2026, 11, 20), Morning, Alfa(), Cement(32.50m)), Token);
        db.Clock.Advance(TimeSpan.FromHours(1));
        var newer = await partners.RecordAsync(
            Supplier(tenant.Id, company.Id, new DateOnly(2026, 11, 27), Morning.AddDays(7), Alfa("Alfa Distribuție SA", iban: "RO66BACX0000001234567890"), Cement(34.125m)), Token);
        db.Clock.Advance(TimeSpan.FromHours(1));
        var older = await partners.RecordAsync(
            Supplier(tenant.Id, company.Id, new DateOnly(2026, 11, 10), Morning.AddDays(8), Alfa("Alfa Veche SRL"), Cement(30m), Cement(1m) with { SellersItemId = "NEW-1" }), Token);

        first.ShouldNotBeNull();
        newer.ShouldBe(first);
        older.ShouldBe(first);
        var partner = (await partners.ListAsync(tenant.Id, company.Id, null, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        partner.Details.ShouldBe(Alfa("Alfa Distribuție SA", iban: "RO66BACX0000001234567890"));
        partner.LastIssueDate.ShouldBe(new DateOnly(2026, 11, 27));
        var products = (await partners.ListProductsAsync(tenant.Id, partner.Id, null, new PageRequest(), Token)).Items;
        products.Count.ShouldBe(2); // the older invoice adds the item it alone has, but does not set the cement's price back
        var cement = products.Single(p => p.Details.SellersItemId == "CIM-40");
        cement.Details.UnitPrice.ShouldBe(34.125m);
        cement.PriceDate.ShouldBe(new DateOnly(2026, 11, 27));
        cement.Currency.ShouldBe("RON");
        cement.Details.CpvCode.ShouldBe("44111200-3");
        cement.Details.NcCode.ShouldBe("25232900");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_same_invoice_received_again_records_nothing_twice(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var incoming = db.IncomingInvoices;
        var invoice = new NewIncomingInvoice(tenant.Id, company.Id, "3001", "RO18547290", "Alfa Distribuție SRL", "ALF-1", "380", new DateOnly(2026, 11, 20),
            "RON", 1573m, "{}", Morning);
        var supplier = Supplier(tenant.Id, company.Id, invoice.IssueDate, Morning, Alfa(), Cement(32.50m), Cement(32.50m),
            new ProductDetails(null, "Transport  marfă", "H87", 350m, null, null, null));

        var stored = await incoming.ReceiveAsync(invoice, supplier, [new ReceivedDocument(DocumentKind.Xml, "<Invoice/>"u8.ToArray())],
            s => new NewEvent(tenant.Id, EventTypes.IncomingReceived, "{}"), Token);
        var partnersAfterFirst = await Partners(db).ListAsync(tenant.Id, company.Id, null, new PageRequest(), Token);
        db.Clock.Advance(TimeSpan.FromHours(1));
        var again = await incoming.ReceiveAsync(invoice, supplier with { Partner = Alfa("Changed Name SRL") }, [],
            s => new NewEvent(tenant.Id, EventTypes.IncomingReceived, "{}"), Token);

        stored.ShouldNotBeNull();
        again.ShouldBeNull();
        var partner = (await Partners(db).ListAsync(tenant.Id, company.Id, null, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        partner.ShouldBe(partnersAfterFirst.Items.Single());
        var products = (await Partners(db).ListProductsAsync(tenant.Id, partner.Id, null, new PageRequest(), Token)).Items;
        products.Select(p => p.Details.Name).ShouldBe(["Transport  marfă", "Ciment Portland CEM II 40 kg"], ignoreOrder: true);
        products.Single(p => p.Details.SellersItemId is null).Details.UnitPrice.ShouldBe(350m);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Partners_and_products_are_found_by_name_without_diacritics_by_cui_and_by_item_id_and_only_by_their_tenant(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var (other, otherCompany) = await Seed.TenantWithCompanyAsync(db, "other", "99");
        var partners = Partners(db);
        var alfa = (await partners.RecordAsync(Supplier(tenant.Id, company.Id, new DateOnly(2026, 11, 20), Morning, Alfa(), Cement(32.50m),
            new ProductDetails("OB-10", "Oțel beton PC52 fi 10", "TNE", 3890m, null, null, "72142000")), Token))!.Value;
        db.Clock.Advance(TimeSpan.FromSeconds(1)); // ids are UUID v7: the later one lists first
        await partners.RecordAsync(Supplier(tenant.Id, company.Id, new DateOnly(2026, 11, 21), Morning,
            new PartnerDetails("1800101223344", null, "Ion Popescu PFA", null, "Iași", "RO-IS", null, "RO", null, null), Cement(31m)), Token);
        db.Clock.Advance(TimeSpan.FromSeconds(1));
        await partners.RecordAsync(Supplier(tenant.Id, company.Id, new DateOnly(2026, 11, 22), Morning,
            new PartnerDetails("111_222", null, "Percent 100% SRL", null, null, null, null, "RO", null, null)), Token);

        async Task<string[]> Find(string q) =>
            [.. (await partners.ListAsync(tenant.Id, company.Id, q, new PageRequest(), Token)).Items.Select(p => p.Details.Name)];
        async Task<string[]> FindProduct(string q) =>
            [.. (await partners.ListProductsAsync(tenant.Id, alfa, q, new PageRequest(), Token)).Items.Select(p => p.Details.Name)];

        (await Find("DISTRIBUTIE")).ShouldBe(["Alfa Distribuție SRL"]);
        (await Find("distribuție srl")).ShouldBe(["Alfa Distribuție SRL"]);
        (await Find("18547290")).ShouldBe(["Alfa Distribuție SRL"]);
        (await Find("ro18547290")).ShouldBe(["Alfa Distribuție SRL"]);
        (await Find("j12/1234")).ShouldBe(["Alfa Distribuție SRL"]);
        (await Find("1800101223344")).ShouldBe(["Ion Popescu PFA"]);
        (await Find("%")).ShouldBe(["Percent 100% SRL"]);
        (await Find("1_2")).ShouldBe(["Percent 100% SRL"]);
        (await Find("srl")).ShouldBe(["Percent 100% SRL", "Alfa Distribuție SRL"]);
        (await Find("nobody")).ShouldBeEmpty();
        (await FindProduct("cim-40")).ShouldBe(["Ciment Portland CEM II 40 kg"]);
        (await FindProduct("otel")).ShouldBe(["Oțel beton PC52 fi 10"]);
        (await FindProduct("72142000")).ShouldBe(["Oțel beton PC52 fi 10"]);

        (await partners.ListAsync(other.Id, company.Id, null, new PageRequest(), Token)).Items.ShouldBeEmpty();
        (await partners.ListAsync(other.Id, otherCompany.Id, null, new PageRequest(), Token)).Items.ShouldBeEmpty();
        (await partners.GetAsync(other.Id, company.Id, alfa, Token)).ShouldBeNull();
        (await partners.GetAsync(tenant.Id, otherCompany.Id, alfa, Token)).ShouldBeNull();
        (await partners.ListProductsAsync(other.Id, alfa, null, new PageRequest(), Token)).Items.ShouldBeEmpty();
        (await partners.RecordAsync(Supplier(other.Id, company.Id, new DateOnly(2026, 11, 20), Morning, Alfa()), Token)).ShouldBeNull();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Partners_page_newest_first(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var partners = Partners(db);
        for (var i = 1; i <= 3; i++)
        {
            await partners.RecordAsync(Supplier(tenant.Id, company.Id, new DateOnly(2026, 11, i), Morning,
                new PartnerDetails($"1000{i}", null, $"Furnizor {i}", null, null, null, null, "RO", null, null)), Token);
            db.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await partners.ListAsync(tenant.Id, company.Id, null, new PageRequest(Limit: 2), Token);
        var second = await partners.ListAsync(tenant.Id, company.Id, null, new PageRequest(first.NextCursor, 2), Token);

        first.Items.Select(p => p.Details.Name).ShouldBe(["Furnizor 3", "Furnizor 2"]);
        second.Items.Select(p => p.Details.Name).ShouldBe(["Furnizor 1"]);
        second.NextCursor.ShouldBeNull();
    }
}
