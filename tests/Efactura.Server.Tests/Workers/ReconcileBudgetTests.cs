using Efactura.Anaf.Quotas;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Simulator.Faults;
using CompanyEnvironment = Efactura.Server.Storage.Companies.AnafEnvironment;

namespace Efactura.Server.Tests.Workers;

/// <summary>Reconciliation on a budget (issue #16): one list call serves every reconciling invoice of a company.</summary>
public class ReconcileBudgetTests(PostgresServer postgres)
{
    private const int Lost = 5;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Five_lost_upload_answers_of_one_company_are_searched_by_one_list_call_a_round_and_each_found_once(string engine)
    {
        // ANAF's list shows uploads 10 minutes late, so the searches repeat for a while before they find them.
        await using var h = await OutgoingHarness.StartAsync(engine, postgres, listLag: TimeSpan.FromMinutes(10));
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoices = new List<InvoiceRecord>();
        for (var i = 1; i <= Lost; i++) invoices.Add(await h.QueuedInvoiceAsync(company, "01-b2b-ron-21", Numbered(i)));
        h.Simulator.Faults.Add(new FaultRule(FaultKind.DropResponse, "/upload", Times: Lost));

        await h.RoundAsync(h.Submitter());
        foreach (var invoice in invoices) (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Reconciling);
        for (var i = 0; i < 30 && !await AllAcceptedAsync(h, invoices); i++) await h.StepAsync(TimeSpan.FromMinutes(2));

        var done = new List<InvoiceRecord>();
        foreach (var invoice in invoices) done.Add(await h.GetAsync(invoice));
        done.ShouldAllBe(i => i.State == InvoiceState.Accepted && i.UploadAttempts == 1);
        foreach (var invoice in invoices) h.UploadCount(company, invoice).ShouldBe(1);
        var listCalls = await h.Quota.ForEnvironment(CompanyEnvironment.Simulator).UsedTodayAsync(DailyQuota.PagedListPerCui, company.Cui, Token);
        // ReconcileAttempts counts the searches that did not find the upload; the one that found it is one more.
        var searches = done.Max(i => i.ReconcileAttempts) + 1;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Lost} reconciling invoices, {searches} searches each at most, {listCalls} list calls: {(double)listCalls / Lost:0.##} list calls per reconciling invoice");
        listCalls.ShouldBe(searches);
    }

    [Fact]
    public async Task Searches_past_the_reconciliations_share_of_the_calls_window_wait_for_the_next_bucket_without_a_list_call()
    {
        // 20 calls a minute, 19 after the margin: a 0.1 share is one search per sliding window.
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres, limits: new QuotaLimits { CallsPerWindow = 20 },
            outgoing: new OutgoingInvoiceOptions { ReconcileCallShare = 0.1m, UploadCallShare = 1m });
        var first = await h.CompanyForAsync("01-b2b-ron-21");
        var second = await h.CompanyForAsync("02-mixed-rates-21-11-0");
        var lost = new[] { await h.QueuedInvoiceAsync(first, "01-b2b-ron-21"), await h.QueuedInvoiceAsync(second, "02-mixed-rates-21-11-0") };
        h.Simulator.Faults.Add(new FaultRule(FaultKind.DropResponse, "/upload", Times: 2));
        await h.RoundAsync(h.Submitter());
        h.Clock.Advance(h.Outgoing.ReconcileInterval);

        await h.RoundAsync(h.Reconciler());

        var after = new[] { await h.GetAsync(lost[0]), await h.GetAsync(lost[1]) };
        after.Count(i => i.State == InvoiceState.Submitted).ShouldBe(1); // searched, and found
        var waiting = after.Single(i => i.State != InvoiceState.Submitted);
        waiting.ReconcileAttempts.ShouldBe(0);
        waiting.State.ShouldBe(InvoiceState.Reconciling);
        waiting.ClaimedBy.ShouldBeNull();
        waiting.NextAttemptAt.ShouldBe(h.Quota.NextBucketStart());
        var budget = h.Quota.ForEnvironment(CompanyEnvironment.Simulator);
        var lists = await budget.UsedTodayAsync(DailyQuota.PagedListPerCui, first.Cui, Token) + await budget.UsedTodayAsync(DailyQuota.PagedListPerCui, second.Cui, Token);
        lists.ShouldBe(1);
    }

    private static async Task<bool> AllAcceptedAsync(OutgoingHarness h, IEnumerable<InvoiceRecord> invoices)
    {
        foreach (var invoice in invoices)
            if ((await h.GetAsync(invoice)).State != InvoiceState.Accepted) return false;
        return true;
    }

    private static byte[] Numbered(int i) => System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(OutgoingHarness.ExampleXml("01-b2b-ron-21"))
        .Replace("ALF-2026-0001", $"ALF-2026-{100 + i:D4}", StringComparison.Ordinal));
}
