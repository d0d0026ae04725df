using System.Text.Json;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Deadlines;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Notices;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Server.Workers.Deadlines;
using Microsoft.Extensions.Logging.Abstractions;

namespace Efactura.Server.Tests.Workers;

public class DeadlineWatcherTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static DeadlineWatcher Worker(TestDatabase db, int workingDaysLeft = 1) => new(
        new DeadlineRepository(db.Database), new NoticeRepository(db.Database, db.Clock), new DeadlineWatcherOptions { WarnWithWorkingDaysLeft = workingDaysLeft },
        new WorkerOptions(), db.Clock, NullLogger<DeadlineWatcher>.Instance);

    private static void SetRomanianNoon(TestDatabase db, DateOnly day) =>
        db.Clock.Advance(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero) - db.Clock.GetUtcNow());

    private static async Task<IReadOnlyList<StoredEvent>> WarningsAsync(TestDatabase db, Guid tenantId) =>
        (await db.Events.ListAsync(tenantId, new PageRequest(), Token)).Items.Where(e => e.Type == EventTypes.InvoiceDeadlineApproaching).ToList();

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_unsubmitted_invoice_is_warned_once_the_working_day_before_its_deadline(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        // Issued Monday 2026-03-02: the fifth working day after it is Monday 2026-03-09.
        var late = await Seed.QueuedInvoiceAsync(db, company, "LATE-1");
        var draft = await Seed.InvoiceAsync(db, company, "DRAFT-1", InvoiceState.Draft);
        var sent = await Seed.QueuedInvoiceAsync(db, company, "SENT-1");
        await db.Invoices.TransitionAsync(new InvoiceTransition(tenant.Id, sent.Id, InvoiceState.Queued, InvoiceState.Uploading), Token);
        await db.Invoices.TransitionAsync(new InvoiceTransition(tenant.Id, sent.Id, InvoiceState.Uploading, InvoiceState.Submitted) { IndexIncarcare = "5001" }, Token);

        SetRomanianNoon(db, new DateOnly(2026, 3, 5));
        (await Worker(db).RunRoundAsync(Token)).ShouldBeFalse();
        SetRomanianNoon(db, new DateOnly(2026, 3, 6));
        (await Worker(db).RunRoundAsync(Token)).ShouldBeTrue();
        (await Worker(db).RunRoundAsync(Token)).ShouldBeFalse();
        SetRomanianNoon(db, new DateOnly(2026, 3, 11));
        (await Worker(db).RunRoundAsync(Token)).ShouldBeFalse();

        var warning = (await WarningsAsync(db, tenant.Id)).ShouldHaveSingleItem();
        warning.SubjectId.ShouldBe(late.Id);
        var data = JsonDocument.Parse(warning.Data).RootElement;
        data.GetProperty("deadline").GetString().ShouldBe("2026-03-09");
        data.GetProperty("workingDaysLeft").GetInt32().ShouldBe(1);
        data.GetProperty("passed").GetBoolean().ShouldBeFalse();
        data.GetProperty("state").GetString().ShouldBe("queued");
        draft.State.ShouldBe(InvoiceState.Draft);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_invoice_found_after_its_deadline_is_warned_as_passed(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        await Seed.InvoiceAsync(db, company, "FORGOTTEN-1");
        SetRomanianNoon(db, new DateOnly(2026, 3, 16));

        await Worker(db).RunRoundAsync(Token);
        await Worker(db).RunRoundAsync(Token);

        var data = JsonDocument.Parse((await WarningsAsync(db, tenant.Id)).ShouldHaveSingleItem().Data).RootElement;
        data.GetProperty("passed").GetBoolean().ShouldBeTrue();
        data.GetProperty("workingDaysLeft").GetInt32().ShouldBe(0);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Two_nodes_warning_the_same_invoice_write_one_event(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var (tenant, company) = await Seed.TenantWithCompanyAsync(db);
        for (var i = 0; i < 5; i++) await Seed.InvoiceAsync(db, company, $"INV-{i}");
        SetRomanianNoon(db, new DateOnly(2026, 3, 9));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Worker(db).RunRoundAsync(Token), Token)));

        (await WarningsAsync(db, tenant.Id)).Select(e => e.SubjectId).Distinct().Count().ShouldBe(5);
        (await WarningsAsync(db, tenant.Id)).Count.ShouldBe(5);
    }

    [Theory]
    // Friday 2026-03-06 with one working day left: invoices of Monday 2026-03-02 (deadline Monday 03-09) and before.
    [InlineData("2026-03-06", 1, "2026-03-02")]
    // Friday 2026-11-27: 30 November and 1 December are public holidays, so Monday 2026-11-23's deadline is Wednesday 2026-12-02.
    [InlineData("2026-11-27", 1, "2026-11-23")]
    // On the last day itself (0 left): an invoice issued on Sunday 2026-03-01 is due Friday 2026-03-06.
    [InlineData("2026-03-06", 0, "2026-03-01")]
    [InlineData("2026-03-06", 5, "2026-03-06")]
    public void The_latest_issue_date_to_warn_counts_working_days_and_holidays(string today, int left, string latest) =>
        DeadlineWatcher.LatestIssueDateToWarn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), left)
            .ShouldBe(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture));
}
