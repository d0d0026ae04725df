using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Tests.Storage.Incoming;

/// <summary>
/// The dashboard's lists of received invoices (stored ones with ANAF's listings not downloaded yet) and of SPV
/// messages, on both engines: order, filters, paging and tenants.
/// </summary>
public class ReceivedListTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // A listing ANAF made for the company (one millisecond after the previous row, so ids order by insertion).
    private static async Task<SpvMessage> ListedAsync(TestDatabase db, Company company, string anafId, string supplierCif, string type = NewSpvMessage.ReceivedInvoiceType,
        DateTimeOffset? createdAt = null)
    {
        db.Clock.Advance(TimeSpan.FromMilliseconds(1));
        return (await db.SpvMessages.RecordAsync(company.TenantId, company.Id, new NewSpvMessage(anafId, type, company.Cui, "5" + anafId,
            $"Factura cu id_incarcare=5{anafId} emisa de cif_emitent={supplierCif} pentru cif_beneficiar={company.Cui}", createdAt ?? db.Clock.GetUtcNow()), Token))!;
    }

    private static async Task<IncomingInvoice> StoredAsync(TestDatabase db, Company company, string anafId, string supplierId, string supplierName, string number,
        DateOnly issueDate)
    {
        db.Clock.Advance(TimeSpan.FromMilliseconds(1));
        return (await db.IncomingInvoices.AddAsync(new NewIncomingInvoice(company.TenantId, company.Id, anafId, supplierId, supplierName, number, "380", issueDate,
            "RON", 121.5m, "{}", db.Clock.GetUtcNow()), Token))!;
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Stored_invoices_and_listings_not_downloaded_come_newest_first_and_filter_by_each_field(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, alfa) = await Seed.TenantWithCompanyAsync(db);
        var beta = (await db.Companies.CreateAsync(tenant.Id, "87654321", "Beta SRL", new CompanySettings(AnafEnvironment.Simulator), Token))!;
        await ListedAsync(db, alfa, "3001", "11111118");
        var first = await StoredAsync(db, alfa, "3001", "RO11111118", "Furnizor_Unu SRL", "F-1", new DateOnly(2026, 3, 1));
        var pending = await ListedAsync(db, alfa, "3002", "22222226");
        var second = await StoredAsync(db, beta, "3003", "22222226", "Doi 100% SA", "D-7", new DateOnly(2026, 3, 5));
        await ListedAsync(db, alfa, "3004", "11111118", type: "FACTURA TRIMISA");
        async Task<IReadOnlyList<(Guid, bool)>> ListAsync(IncomingFilter filter) =>
            [.. (await db.IncomingInvoices.ListReceivedAsync(tenant.Id, filter, new PageRequest(), Token)).Items.Select(e => (e.Id, e.Downloaded))];

        (await ListAsync(new IncomingFilter())).ShouldBe([(second.Id, true), (pending.Id, false), (first.Id, true)]);
        (await ListAsync(new IncomingFilter { CompanyId = alfa.Id })).ShouldBe([(pending.Id, false), (first.Id, true)]);
        (await ListAsync(new IncomingFilter { CompanyIds = [beta.Id] })).ShouldBe([(second.Id, true)]);
        (await ListAsync(new IncomingFilter { CompanyIds = [] })).ShouldBeEmpty();
        (await ListAsync(new IncomingFilter { Supplier = "11111118" })).ShouldBe([(first.Id, true)]);
        (await ListAsync(new IncomingFilter { Supplier = "RO22222226" })).ShouldBe([(second.Id, true), (pending.Id, false)]);
        (await ListAsync(new IncomingFilter { Supplier = "unu" })).ShouldBe([(first.Id, true)]);
        (await ListAsync(new IncomingFilter { Supplier = "_" })).ShouldBe([(first.Id, true)], "an underscore is matched literally");
        (await ListAsync(new IncomingFilter { Supplier = "100%" })).ShouldBe([(second.Id, true)], "a percent sign is matched literally");
        (await ListAsync(new IncomingFilter { Number = "D-7" })).ShouldBe([(second.Id, true)]);
        (await ListAsync(new IncomingFilter { IssuedFrom = new DateOnly(2026, 3, 2) })).ShouldBe([(second.Id, true)]);
        (await ListAsync(new IncomingFilter { IssuedTo = new DateOnly(2026, 3, 1) })).ShouldBe([(first.Id, true)]);
        (await ListAsync(new IncomingFilter { Downloaded = false })).ShouldBe([(pending.Id, false)]);
        (await ListAsync(new IncomingFilter { Downloaded = true })).ShouldBe([(second.Id, true), (first.Id, true)]);
        (await ListAsync(new IncomingFilter { Downloaded = false, Number = "F-1" })).ShouldBeEmpty("a listing has no number yet");

        var entry = (await db.IncomingInvoices.ListReceivedAsync(tenant.Id, new IncomingFilter { Downloaded = false }, new PageRequest(), Token)).Items.Single();
        entry.Details.ShouldNotBeNull().ShouldContain("cif_emitent=22222226");
        entry.Number.ShouldBeNull();
        var stored = (await db.IncomingInvoices.ListReceivedAsync(tenant.Id, new IncomingFilter { Number = "D-7" }, new PageRequest(), Token)).Items.Single();
        (stored.TotalAmount, stored.Currency, stored.IssueDate, stored.SupplierName).ShouldBe((121.5m, "RON", new DateOnly(2026, 3, 5), "Doi 100% SA"));

        var (other, _) = await Seed.TenantWithCompanyAsync(db, "other", "11223344");
        (await db.IncomingInvoices.ListReceivedAsync(other.Id, new IncomingFilter(), new PageRequest(), Token)).Items.ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Pages_walk_stored_invoices_and_listings_once_each_newest_first(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var expected = new List<Guid>();
        for (var i = 0; i < 25; i++)
        {
            expected.Add(i % 3 == 0
                ? (await ListedAsync(db, company, $"40{i:D3}", "11111118")).Id
                : (await StoredAsync(db, company, $"40{i:D3}", "RO11111118", "Furnizor", $"N-{i}", new DateOnly(2026, 3, 1))).Id);
        }

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await db.IncomingInvoices.ListReceivedAsync(tenant.Id, new IncomingFilter(), new PageRequest(cursor, 10), Token);
            page.Items.Count.ShouldBeLessThanOrEqualTo(10);
            seen.AddRange(page.Items.Select(e => e.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        pages.ShouldBe(3);
        seen.ShouldBe(expected.AsEnumerable().Reverse());
        await Should.ThrowAsync<InvalidCursorException>(() => db.IncomingInvoices.ListReceivedAsync(tenant.Id, new IncomingFilter(), new PageRequest("nope"), Token));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Messages_filter_by_company_type_and_anafs_time_and_name_the_invoice_downloaded_with_them(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, alfa) = await Seed.TenantWithCompanyAsync(db);
        var beta = (await db.Companies.CreateAsync(tenant.Id, "87654321", "Beta SRL", new CompanySettings(AnafEnvironment.Simulator), Token))!;
        var day = new DateTimeOffset(2026, 3, 1, 22, 0, 0, TimeSpan.Zero);
        var received = await ListedAsync(db, alfa, "5001", "11111118", createdAt: day);
        var invoice = await StoredAsync(db, alfa, "5001", "RO11111118", "Furnizor", "F-1", new DateOnly(2026, 3, 1));
        var pending = await ListedAsync(db, alfa, "5002", "11111118", createdAt: day.AddDays(1));
        var buyer = await ListedAsync(db, alfa, "5003", "11111118", type: "MESAJ CUMPARATOR TRANSMIS", createdAt: day.AddDays(2));
        var errors = await ListedAsync(db, beta, "5004", "11111118", type: "ERORI FACTURA", createdAt: day.AddDays(3));
        async Task<IReadOnlyList<Guid>> ListAsync(SpvMessageFilter filter) =>
            [.. (await db.SpvMessages.ListAsync(tenant.Id, filter, new PageRequest(), Token)).Items.Select(m => m.Message.Id)];

        var all = (await db.SpvMessages.ListAsync(tenant.Id, new SpvMessageFilter(), new PageRequest(), Token)).Items;
        all.Select(m => m.Message.Id).ShouldBe([errors.Id, buyer.Id, pending.Id, received.Id]);
        all.Single(m => m.Message.Id == received.Id).IncomingInvoiceId.ShouldBe(invoice.Id);
        all.Where(m => m.Message.Id != received.Id).ShouldAllBe(m => m.IncomingInvoiceId == null);

        (await ListAsync(new SpvMessageFilter { CompanyId = beta.Id })).ShouldBe([errors.Id]);
        (await ListAsync(new SpvMessageFilter { CompanyIds = [alfa.Id] })).ShouldBe([buyer.Id, pending.Id, received.Id]);
        (await ListAsync(new SpvMessageFilter { CompanyIds = [] })).ShouldBeEmpty();
        (await ListAsync(new SpvMessageFilter { TypeStartsWith = NewSpvMessage.ReceivedInvoiceType })).ShouldBe([pending.Id, received.Id]);
        (await ListAsync(new SpvMessageFilter { TypeStartsWith = "MESAJ CUMPARATOR" })).ShouldBe([buyer.Id]);
        (await ListAsync(new SpvMessageFilter { TypeStartsWith = "%" })).ShouldBeEmpty("a percent sign is matched literally");
        (await ListAsync(new SpvMessageFilter { CreatedFrom = day.AddDays(1), CreatedBefore = day.AddDays(3) })).ShouldBe([buyer.Id, pending.Id]);

        var (other, _) = await Seed.TenantWithCompanyAsync(db, "other", "11223344");
        (await db.SpvMessages.ListAsync(other.Id, new SpvMessageFilter(), new PageRequest(), Token)).Items.ShouldBeEmpty();
    }
}
