using Efactura.Anaf.Quotas;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Simulator.Faults;
using CompanyEnvironment = Efactura.Server.Storage.Companies.AnafEnvironment;

namespace Efactura.Server.Tests.Workers;

/// <summary>
/// Never twice on many nodes under quota pressure (issue #16): an upload's lease covers everything before its request
/// leaves, the row records when it left (<c>upload_sent_at</c>), and every proof of absence counts from there.
/// </summary>
public class UploadLeaseTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // 20 calls a minute, 19 after the safety margin: a window a test can fill.
    private static readonly QuotaLimits SmallWindow = new() { CallsPerWindow = 20 };

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task With_the_calls_window_full_an_invoice_waits_queued_on_two_nodes_is_never_taken_over_and_is_uploaded_once(string engine)
    {
        await using var h = await OutgoingHarness.StartAsync(engine, postgres, limits: SmallWindow,
            outgoing: new OutgoingInvoiceOptions { UploadLease = TimeSpan.FromSeconds(5), UploadCallShare = 1m });
        h.WorkerOptions.Lease = TimeSpan.FromSeconds(5);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var budget = h.Quota.ForEnvironment(CompanyEnvironment.Simulator);
        while (await budget.TryTakeCallSlotAsync(Token)) { } // other calls took the whole window
        var filledUntil = h.Quota.NextBucketStart() + SmallWindow.CallWindow; // the filled bucket leaves the sliding span then
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        var (nodeA, nodeB) = (h.Submitter("node-a"), h.Submitter("node-b"));

        // Both nodes look every second for over a minute, far past every lease: the invoice is never uploading meanwhile.
        var seen = new List<InvoiceState>();
        while (h.Clock.GetUtcNow() < filledUntil)
        {
            await h.RoundAsync(nodeA);
            await h.RoundAsync(nodeB);
            var now = await h.GetAsync(invoice);
            seen.Add(now.State);
            if (now.State != InvoiceState.Queued) break;
            now.UploadAttempts.ShouldBe(0);
            now.ClaimedBy.ShouldBeNull();
            h.UploadCount(company, invoice).ShouldBe(0);
            h.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        seen.Distinct().ShouldBe([InvoiceState.Queued]);

        await h.RoundAsync(nodeA);
        await h.RoundAsync(nodeB);
        var submitted = await h.GetAsync(invoice);
        submitted.State.ShouldBe(InvoiceState.Submitted);
        submitted.UploadAttempts.ShouldBe(1);
        submitted.ErrorCode.ShouldBeNull();
        submitted.UploadSentAt.ShouldBe(submitted.UploadStartedAt);
        h.UploadCount(company, invoice).ShouldBe(1);
        // The upload's call was counted once, in the window it went in (its slot was taken while the invoice was queued).
        (await budget.CallsInWindowAsync(Token)).ShouldBe(1);
    }

    [Fact]
    public async Task An_upload_counts_against_its_own_anaf_environment_never_against_production()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");

        await h.RoundAsync(h.Submitter());

        (await h.Quota.ForEnvironment(CompanyEnvironment.Simulator).CallsInWindowAsync(Token)).ShouldBe(1);
        (await h.Quota.CallsInWindowAsync(Token)).ShouldBe(0);
        (await h.Quota.ForEnvironment(CompanyEnvironment.Test).CallsInWindowAsync(Token)).ShouldBe(0);
    }

    [Fact]
    public async Task An_upload_whose_share_of_production_is_used_up_still_goes_out_in_its_own_environment()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres, limits: SmallWindow, outgoing: new OutgoingInvoiceOptions { UploadCallShare = 0.1m });
        while (await h.Quota.TryTakeUploadSlotAsync(0.1m, Token)) { } // production's uploads used their share
        while (await h.Quota.TryTakeCallSlotAsync(Token)) { } // and its calls the whole window
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");

        await h.RoundAsync(h.Submitter());

        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Submitted);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_attempt_taken_over_before_its_request_left_sends_nothing_and_is_queued_again_at_once(string engine)
    {
        await using var h = await OutgoingHarness.StartAsync(engine, postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        // A node committed uploading, then stalled before sending (no upload_sent_at) until its lease ran out.
        var stalled = await h.LeftUploadingAsync(invoice, sending: false);
        h.Clock.Advance(h.Outgoing.UploadLease);

        // Another node takes it over: not sent, so queued again at once (no proof of absence needed) and uploaded in the same round.
        await h.RoundAsync(h.Submitter("node-b"));

        var again = await h.GetAsync(invoice);
        again.State.ShouldBe(InvoiceState.Submitted);
        again.UploadAttempts.ShouldBe(2);
        again.ReconcileAttempts.ShouldBe(0);
        // The stalled node wakes up: its attempt may not send on top of the second one, whose lease runs.
        (await h.Invoices.MarkUploadSentAsync(stalled, h.Clock.GetUtcNow() + h.Outgoing.UploadLease, Token)).ShouldBeFalse();
        h.UploadCount(company, invoice).ShouldBe(1);
    }

    [Fact]
    public async Task An_attempt_whose_lease_ran_out_may_not_send_neither_before_another_node_looks_nor_during_a_later_attempt()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        var uploading = await h.LeftUploadingAsync(invoice, sending: false);

        h.Clock.Advance(h.Outgoing.UploadLease);

        (await h.Invoices.MarkUploadSentAsync(uploading, h.Clock.GetUtcNow() + h.Outgoing.UploadLease, Token)).ShouldBeFalse();
        (await h.GetAsync(invoice)).UploadSentAt.ShouldBeNull();

        // Queued again and a second attempt under way (uploading, lease running): the first still may not send.
        (await h.Invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Uploading, InvoiceState.Queued)
        {
            NextAttemptAt = h.Clock.GetUtcNow(),
        }, Token)).Applied.ShouldBeTrue();
        var second = await h.LeftUploadingAsync(await h.GetAsync(invoice), sending: false);
        (await h.Invoices.MarkUploadSentAsync(uploading, h.Clock.GetUtcNow() + h.Outgoing.UploadLease, Token)).ShouldBeFalse();
        (await h.Invoices.MarkUploadSentAsync(second, h.Clock.GetUtcNow() + h.Outgoing.UploadLease, Token)).ShouldBeTrue();
    }

    [Fact]
    public async Task Waiting_out_too_many_requests_renews_the_lease_at_each_send_so_no_other_node_takes_the_upload_over()
    {
        // Three 429s of 4 minutes each outlast a 5-minute lease twice over; each send renews it.
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        h.Simulator.Faults.Add(new FaultRule(FaultKind.TooManyRequests, "/upload", Times: 3, RetryAfter: TimeSpan.FromMinutes(4)));
        var started = h.Clock.GetUtcNow();

        await h.RoundAsync(h.Submitter("node-a"));

        var submitted = await h.GetAsync(invoice);
        submitted.State.ShouldBe(InvoiceState.Submitted);
        submitted.UploadStartedAt.ShouldBe(started);
        submitted.UploadSentAt.ShouldBe(started + TimeSpan.FromMinutes(12));
        h.UploadCount(company, invoice).ShouldBe(1);
    }

    [Fact]
    public async Task An_upload_sent_long_after_its_attempt_began_is_proven_absent_only_a_full_wait_after_it_was_sent()
    {
        // ANAF's list shows an upload 20 minutes late; the request left 20 minutes after the attempt began (waits, 429s).
        // Counted from the claim, the 30-minute proof would end before the list shows the upload, and it would go twice.
        var options = new OutgoingInvoiceOptions { UploadLease = TimeSpan.FromMinutes(25) };
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres, outgoing: options, listLag: TimeSpan.FromMinutes(20));
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        var uploading = await h.LeftUploadingAsync(invoice, sending: false);
        h.Clock.Advance(TimeSpan.FromMinutes(20));
        (await h.Invoices.MarkUploadSentAsync(uploading, h.Clock.GetUtcNow() + TimeSpan.FromMinutes(1), Token)).ShouldBeTrue();
        var client = await h.Clients.ForCompanyAsync(company);
        await client.UploadAsync(new Efactura.Anaf.UploadRequest(OutgoingHarness.ExampleXml("01-b2b-ron-21"), company.Cui), Token);
        // ... and then the node died without hearing the answer.

        for (var i = 0; i < 40 && (await h.GetAsync(invoice)).State != InvoiceState.Accepted; i++) await h.StepAsync(TimeSpan.FromMinutes(2));

        var accepted = await h.GetAsync(invoice);
        accepted.State.ShouldBe(InvoiceState.Accepted);
        accepted.UploadAttempts.ShouldBe(1);
        h.UploadCount(company, invoice).ShouldBe(1);
    }
}
