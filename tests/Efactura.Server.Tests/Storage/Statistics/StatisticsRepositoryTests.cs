using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Statistics;
using Efactura.Server.Storage.Webhooks;

namespace Efactura.Server.Tests.Storage.Statistics;

public class StatisticsRepositoryTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Counts_cover_every_state_and_status_and_sum_quota_use_per_kind(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        await db.Webhooks.SubscribeAsync(tenant.Id, new Uri("http://127.0.0.1:9/hook"), "s", [EventTypes.InvoiceIssued], Token);
        await Seed.QueuedInvoiceAsync(db, company, "Q-1");
        await Seed.InvoiceAsync(db, company, "I-1");
        var claimed = (await db.Webhooks.ClaimDueAsync("w", TimeSpan.FromMinutes(1), 10, Token)).ToList();
        await db.Webhooks.MarkFailedAsync(claimed[0].Delivery.Id, "w", 500, "HTTP 500", db.Clock.GetUtcNow().AddMinutes(1), Token);
        await db.Webhooks.MarkFailedAsync(claimed[1].Delivery.Id, "w", 500, "HTTP 500", null, Token);
        var now = db.Clock.GetUtcNow();
        await db.Quotas.TryConsumeAsync("descarcare:3001", now.Date, 10, 2, Token);
        await db.Quotas.TryConsumeAsync("descarcare:3002", now.Date, 10, 4, Token);
        await db.Quotas.TryConsumeAsync("descarcare:3003", now.Date.AddDays(-3), 10, 9, Token);

        var statistics = await new StatisticsRepository(db.Database).ReadAsync(now.AddDays(-1), Token);

        statistics.InvoicesByState.Count.ShouldBe(Enum.GetValues<InvoiceState>().Length);
        statistics.InvoicesByState[InvoiceState.Queued].ShouldBe(1);
        statistics.InvoicesByState[InvoiceState.Issued].ShouldBe(1);
        statistics.InvoicesByState[InvoiceState.Accepted].ShouldBe(0);
        statistics.DeliveriesByStatus[DeliveryStatus.Pending].ShouldBe(1);
        statistics.DeliveriesByStatus[DeliveryStatus.Dead].ShouldBe(1);
        statistics.DeliveriesByStatus[DeliveryStatus.Delivered].ShouldBe(0);
        statistics.FailedDeliveryAttempts.ShouldBe(2);
        statistics.Quotas.ShouldHaveSingleItem().ShouldBe(new QuotaUse("descarcare", 6, 4));
        (await new StatisticsRepository(db.Database).CompanyEnvironmentsAsync(Token)).ShouldBe([AnafEnvironment.Simulator]);
    }
}
