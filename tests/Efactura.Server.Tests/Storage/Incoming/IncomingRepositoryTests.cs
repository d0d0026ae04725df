using Efactura.Server.Storage;
using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Tests.Storage.Incoming;

public class IncomingRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static NewSpvMessage Message(string id, string type = NewSpvMessage.ReceivedInvoiceType) =>
        new(id, type, "12345678", "5001", "Factura primita", new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_message_is_recorded_once_and_a_received_invoice_is_due_for_download(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);

        var first = await db.SpvMessages.RecordAsync(tenant.Id, company.Id, Message("3001"), Token);
        var repeat = await db.SpvMessages.RecordAsync(tenant.Id, company.Id, Message("3001"), Token);
        var sent = await db.SpvMessages.RecordAsync(tenant.Id, company.Id, Message("3002", "FACTURA TRIMISA"), Token);
        var claimed = await db.SpvMessages.ClaimDueDownloadsAsync("downloader", TimeSpan.FromMinutes(1), 10, Token);
        (await db.SpvMessages.CompleteDownloadAsync(first!.Id, "downloader", retryAt: null, Token)).ShouldBeTrue();

        repeat.ShouldBeNull();
        sent!.NextAttemptAt.ShouldBeNull();
        claimed.Select(m => m.AnafId).ShouldBe(["3001"]);
        (await db.SpvMessages.ClaimDueDownloadsAsync("downloader", TimeSpan.FromMinutes(1), 10, Token)).ShouldBeEmpty();
        (await db.SpvMessages.FindByRequestIdAsync(tenant.Id, company.Id, "5001", Token)).Count.ShouldBe(2);
        var listed = await db.SpvMessages.ListAsync(tenant.Id, company.Id, new PageRequest(), Token);
        listed.Items.Single(m => m.AnafId == "3001").DownloadedAt.ShouldBe(db.Clock.GetUtcNow());
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_incoming_invoice_is_stored_once_per_message_and_only_for_its_tenant(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var (other, _) = await Seed.TenantWithCompanyAsync(db, "other", "99");
        var received = new NewIncomingInvoice(tenant.Id, company.Id, "3001", "RO111", "Supplier SRL", "F-9", "380", new DateOnly(2026, 2, 27), "EUR", 1000.10m, "{}",
            new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));

        var stored = await db.IncomingInvoices.AddAsync(received, Token);
        var again = await db.IncomingInvoices.AddAsync(received, Token);

        stored!.Invoice.ShouldBe(received);
        again.ShouldBeNull();
        (await db.IncomingInvoices.GetAsync(tenant.Id, stored.Id, Token)).ShouldBe(stored);
        (await db.IncomingInvoices.GetAsync(other.Id, stored.Id, Token)).ShouldBeNull();
        (await db.IncomingInvoices.ListAsync(other.Id, null, new PageRequest(), Token)).Items.ShouldBeEmpty();
        (await db.IncomingInvoices.AddAsync(received with { TenantId = other.Id }, Token)).ShouldBeNull();
        (await db.SpvMessages.RecordAsync(other.Id, company.Id, Message("4000"), Token)).ShouldBeNull();
    }
}
