using System.Text.Json;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Notices;
using Efactura.Server.Storage.Statistics;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Server.Workers.Incoming;
using Microsoft.Extensions.Logging.Abstractions;

namespace Efactura.Server.Tests.Workers;

public class ExpiryWatcherTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static ExpiryWatcher Worker(TestDatabase db) => new(
        new ExpiringMessageRepository(db.Database), new NoticeRepository(db.Database, db.Clock), new ExpiryWatcherOptions { WarnDaysBefore = 10 },
        new WorkerOptions(), db.Clock, NullLogger<ExpiryWatcher>.Instance);

    private static async Task<IReadOnlyList<StoredEvent>> WarningsAsync(TestDatabase db, Guid tenantId) =>
        (await db.Events.ListAsync(tenantId, new PageRequest(), Token)).Items.Where(e => e.Type == EventTypes.IncomingExpiring).ToList();

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_received_invoice_not_downloaded_50_days_after_ANAF_created_it_is_warned_once_and_counted(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        var messages = new SpvMessageRepository(db.Database, db.Clock);
        var now = db.Clock.GetUtcNow();
        async Task<SpvMessage> RecordAsync(string anafId, string type, double daysAgo) =>
            (await messages.RecordAsync(tenant.Id, company.Id, new NewSpvMessage(anafId, type, "12345678", null, "{}", now.AddDays(-daysAgo)), Token))!;
        var old = await RecordAsync("3001", NewSpvMessage.ReceivedInvoiceType, 51);
        var young = await RecordAsync("3002", NewSpvMessage.ReceivedInvoiceType, 49);
        var downloaded = await RecordAsync("3003", NewSpvMessage.ReceivedInvoiceType, 55);
        await RecordAsync("3004", "ERORI FACTURA", 55);
        (await messages.ClaimDueDownloadsAsync("test", TimeSpan.FromMinutes(1), 10, Token)).Count.ShouldBe(3);
        (await messages.CompleteDownloadAsync(downloaded.Id, "test", null, Token)).ShouldBeTrue();

        (await Worker(db).RunRoundAsync(Token)).ShouldBeTrue();
        (await Worker(db).RunRoundAsync(Token)).ShouldBeFalse();
        var first = (await WarningsAsync(db, tenant.Id)).ShouldHaveSingleItem();
        db.Clock.Advance(TimeSpan.FromDays(1.5));
        (await Worker(db).RunRoundAsync(Token)).ShouldBeTrue();
        (await Worker(db).RunRoundAsync(Token)).ShouldBeFalse();

        first.SubjectId.ShouldBe(old.Id);
        var data = JsonDocument.Parse(first.Data).RootElement;
        data.GetProperty("anafId").GetString().ShouldBe("3001");
        data.GetProperty("daysLeft").GetInt32().ShouldBe(9);
        data.GetProperty("expiresAt").GetDateTimeOffset().ShouldBe(now.AddDays(9));
        var warnings = await WarningsAsync(db, tenant.Id);
        warnings.Select(w => w.SubjectId).ShouldBe([young.Id, old.Id], ignoreOrder: true);
        (await new StatisticsRepository(db.Database).ReadAsync(now, Token)).ExpiringDownloads.ShouldBe(2);
        (await messages.CompleteDownloadAsync(old.Id, "test", null, Token)).ShouldBeTrue();
        (await new StatisticsRepository(db.Database).ReadAsync(now, Token)).ExpiringDownloads.ShouldBe(1);
    }
}
