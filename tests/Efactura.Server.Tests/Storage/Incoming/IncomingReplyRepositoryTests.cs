using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Tests.Storage.Incoming;

public class IncomingReplyRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Replies_list_per_invoice_oldest_first_linked_to_the_buyer_message_ANAF_lists_for_each(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var (other, otherCompany) = await Seed.TenantWithCompanyAsync(db, "other", "99");
        var incoming = new IncomingInvoiceRepository(db.Database, db.Clock);
        var replies = new IncomingReplyRepository(db.Database, db.Clock);
        var at = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var invoice = (await incoming.AddAsync(new NewIncomingInvoice(tenant.Id, company.Id, "3001", "RO111", "Supplier SRL", "F-9", "380",
            new DateOnly(2026, 2, 27), "RON", 10m, "{}", at), Token))!;

        var first = await replies.AddAsync(tenant.Id, company.Id, invoice.Id, "5001", "Prima", "5101", Token);
        db.Clock.Advance(TimeSpan.FromSeconds(1));
        var unknown = await replies.AddAsync(tenant.Id, company.Id, invoice.Id, "5001", "A doua", null, Token);
        // ANAF lists the first reply as a buyer message (id_solicitare = its upload index); an invoice message with the same index is not it.
        await db.SpvMessages.RecordAsync(tenant.Id, company.Id, new NewSpvMessage("3005", "FACTURA PRIMITA", "12345678", "5101", "alta", at), Token);
        var echo = await db.SpvMessages.RecordAsync(tenant.Id, company.Id, new NewSpvMessage("3006", "MESAJ CUMPARATOR TRANSMIS", "12345678", "5101", "mesaj", at), Token);
        await db.SpvMessages.RecordAsync(other.Id, otherCompany.Id, new NewSpvMessage("3007", "MESAJ CUMPARATOR TRANSMIS", "99", "5101", "mesaj", at), Token);

        var listed = await replies.ListAsync(tenant.Id, invoice.Id, 10, Token);

        first.ListedMessageId.ShouldBeNull();
        listed.Select(r => r.Text).ShouldBe(["Prima", "A doua"]);
        listed[0].ListedMessageId.ShouldBe(echo!.Id);
        listed[0].ListedAt.ShouldBe(at);
        listed[1].Id.ShouldBe(unknown.Id);
        listed[1].UploadIndex.ShouldBeNull();
        listed[1].ListedMessageId.ShouldBeNull();
        (await replies.ListAsync(tenant.Id, invoice.Id, 1, Token)).Count.ShouldBe(1);
        (await replies.ListAsync(other.Id, invoice.Id, 10, Token)).ShouldBeEmpty();
    }
}
