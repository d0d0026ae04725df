using System.Text.Json;
using Efactura.Anaf.Archives;
using Efactura.Server.Api.Problems;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Simulator.Faults;
using SimulatorEnvironment = Efactura.Simulator.AnafEnvironment;

namespace Efactura.Server.Tests.Workers;

/// <summary>The invoice's way from queued to ANAF's verdict, through the three workers, against the simulator over HTTP.</summary>
public class InvoiceFlowTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Both engines against both of the simulator's environments (ANAF TEST's enveloped signature, PROD's detached one).</summary>
    public static TheoryData<string, SimulatorEnvironment> EnginesAndEnvironments => new()
    {
        { "sqlite", SimulatorEnvironment.Test },
        { "sqlite", SimulatorEnvironment.Prod },
        { "postgres", SimulatorEnvironment.Test },
        { "postgres", SimulatorEnvironment.Prod },
    };

    [Theory, MemberData(nameof(EnginesAndEnvironments))]
    public async Task A_queued_invoice_ends_accepted_with_its_zip_stored_and_verified(string engine, SimulatorEnvironment environment)
    {
        await using var h = await OutgoingHarness.StartAsync(engine, postgres, simulatorEnvironment: environment);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");

        (await h.RoundAsync(h.Submitter())).ShouldBeTrue();
        var submitted = await h.GetAsync(invoice);
        submitted.State.ShouldBe(InvoiceState.Submitted);
        submitted.IndexIncarcare.ShouldNotBeNull();
        submitted.UploadAttempts.ShouldBe(1);
        submitted.NextAttemptAt.ShouldBe(h.Clock.GetUtcNow() + h.Outgoing.StatusFirstPoll);

        await h.StepAsync(TimeSpan.FromMinutes(1));

        var accepted = await h.GetAsync(invoice);
        accepted.State.ShouldBe(InvoiceState.Accepted);
        accepted.IdDescarcare.ShouldNotBeNull();
        accepted.ErrorCode.ShouldBeNull();
        var zip = (await h.Documents.GetAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Zip, Token))!;
        var contents = AnafArchive.Read(zip.Content, new ArchiveLimits()).Value!;
        contents.Index.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(accepted.IndexIncarcare);
        contents.Document.ShouldBe(OutgoingHarness.ExampleXml("01-b2b-ron-21"));
        var check = ArchiveSignatureVerifier.Verify(contents);
        check.IsValid.ShouldBeTrue();
        check.Form.ShouldBe(environment == SimulatorEnvironment.Prod ? SignatureForm.Detached : SignatureForm.Enveloped);
        check.FormattingUndone.ShouldBe(environment == SimulatorEnvironment.Test); // ANAF TEST's formatting after signing
        var signature = (await h.Documents.GetAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Signature, Token))!;
        signature.Content.ShouldBe(contents.Signature);
        h.UploadCount(company, invoice).ShouldBe(1);
        h.Simulator.DownloadCount(environment, long.Parse(accepted.IdDescarcare!, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(1);
        accepted.Signature.ShouldBe("verified");
        h.Metrics.Signatures.Get("invoice", "verified").ShouldBe(1);
        var events = await h.Db.Events.ListAsync(invoice.TenantId, new Efactura.Server.Storage.PageRequest(), Token);
        JsonDocument.Parse(events.Items.Single(e => e.Type == "invoice.accepted").Data).RootElement.GetProperty("signature").GetString().ShouldBe("verified");
    }

    [Theory, MemberData(nameof(EnginesAndEnvironments))]
    public async Task A_zip_whose_signature_is_broken_is_stored_once_the_invoice_follows_ANAF_and_the_message_is_downloaded_once(string engine, SimulatorEnvironment environment)
    {
        await using var h = await OutgoingHarness.StartAsync(engine, postgres, corruptSignatures: true, simulatorEnvironment: environment);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        await h.RoundAsync(h.Submitter());

        await h.StepAsync(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 4; i++) await h.StepAsync(TimeSpan.FromMinutes(10));

        var accepted = await h.GetAsync(invoice);
        accepted.State.ShouldBe(InvoiceState.Accepted);
        accepted.Signature.ShouldBe("invalid");
        accepted.ErrorCode.ShouldBe(InvoiceErrorCodes.SignatureInvalid);
        JsonDocument.Parse(accepted.ErrorDetails!).RootElement[0].GetProperty("severity").GetString().ShouldBe("warning");
        var documents = await h.Documents.ListAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, Token);
        documents.Count(d => d.Kind == DocumentKind.Zip).ShouldBe(1);
        var zip = (await h.Documents.GetAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Zip, Token))!;
        var contents = AnafArchive.Read(zip.Content, new ArchiveLimits()).Value!;
        ArchiveSignatureVerifier.Verify(contents).Outcome.ShouldBe(SignatureOutcome.Invalid); // kept as sent, broken signature and all
        (await h.Quota.ForEnvironment(Efactura.Server.Storage.Companies.AnafEnvironment.Simulator).UsedTodayAsync(Efactura.Anaf.Quotas.DailyQuota.DownloadPerMessage, accepted.IdDescarcare!, Token)).ShouldBe(1);
        h.Simulator.DownloadCount(environment, long.Parse(accepted.IdDescarcare!, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(1); // as ANAF counted it
        h.Metrics.Signatures.Get("invoice", "invalid").ShouldBe(1);
        var events = await h.Db.Events.ListAsync(invoice.TenantId, new Efactura.Server.Storage.PageRequest(), Token);
        JsonDocument.Parse(events.Items.Single(e => e.Type == "invoice.accepted").Data).RootElement.GetProperty("signature").GetString().ShouldBe("invalid");
        h.Logs.Text.ShouldContain("ANAF's signature check says invalid");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_upload_ANAF_drops_for_breaking_the_UBL_schema_ends_rejected_with_the_reason_and_nothing_downloaded(string engine)
    {
        await using var h = await OutgoingHarness.StartAsync(engine, postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var xml = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(OutgoingHarness.ExampleXml("01-b2b-ron-21"))
            .Replace("<cbc:IssueDate>", "<cbc:Unknown>x</cbc:Unknown><cbc:IssueDate>", StringComparison.Ordinal));
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21", xml);
        await h.RoundAsync(h.Submitter());

        await h.StepAsync(TimeSpan.FromMinutes(1));

        var rejected = await h.GetAsync(invoice);
        rejected.State.ShouldBe(InvoiceState.Rejected);
        rejected.IndexIncarcare.ShouldNotBeNull();
        rejected.IdDescarcare.ShouldBeNull();
        rejected.ErrorCode.ShouldBe(InvoiceErrorCodes.NotTaken);
        var finding = JsonDocument.Parse(rejected.ErrorDetails!).RootElement.EnumerateArray().ShouldHaveSingleItem();
        finding.GetProperty("severity").GetString().ShouldBe("fatal");
        finding.GetProperty("message").GetString().ShouldBe("ANAF dropped the upload without processing it (\"XML cu erori nepreluat de sistem\").");
        (await h.Documents.ListAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, Token)).ShouldNotContain(d => d.Kind == DocumentKind.Zip);
        var events = await h.Db.Events.ListAsync(invoice.TenantId, new Efactura.Server.Storage.PageRequest(), Token);
        events.Items.ShouldContain(e => e.Type == "invoice.rejected");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_zip_signed_by_a_certificate_the_gateway_does_not_know_is_accepted_as_an_unknown_signer(string engine)
    {
        await using var h = await OutgoingHarness.StartAsync(engine, postgres, trustSimulator: false);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        await h.RoundAsync(h.Submitter());

        await h.StepAsync(TimeSpan.FromMinutes(1));

        var accepted = await h.GetAsync(invoice);
        accepted.State.ShouldBe(InvoiceState.Accepted);
        accepted.Signature.ShouldBe("unknown-signer");
        accepted.ErrorCode.ShouldBe(InvoiceErrorCodes.SignatureUnknownSigner);
        h.Metrics.Signatures.Get("invoice", "unknown-signer").ShouldBe(1);
    }

    [Theory]
    [InlineData("09-credit-note", "CN")]
    [InlineData("12-b2c-with-cnp", "UBL")]
    [InlineData("13-b2c-anonymous-13-zeros", "UBL")]
    [InlineData("05-intra-eu-supply", "UBL")]
    public async Task Credit_notes_consumers_and_foreign_buyers_are_uploaded_the_way_ANAF_expects_and_accepted(string example, string standard)
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync(example);
        var invoice = await h.QueuedInvoiceAsync(company, example);

        await h.RoundAsync(h.Submitter());
        await h.StepAsync(TimeSpan.FromMinutes(1));

        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Accepted);
        h.Simulator.Uploads(Efactura.Simulator.AnafEnvironment.Test).Single().Standard.ToString().ShouldBe(standard);
    }

    [Fact]
    public async Task An_invoice_the_simulator_rejects_ends_rejected_with_every_finding_translated()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var xml = System.Text.Encoding.UTF8.GetString(OutgoingHarness.ExampleXml("01-b2b-ron-21"));
        // A wrong amount due and a wrong currency code: several rules fail at once.
        var broken = System.Text.RegularExpressions.Regex.Replace(xml, "<cbc:PayableAmount currencyID=\"RON\">[^<]*<", "<cbc:PayableAmount currencyID=\"RON\">1.00<");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21", System.Text.Encoding.UTF8.GetBytes(broken));

        await h.RoundAsync(h.Submitter());
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Submitted);
        await h.StepAsync(TimeSpan.FromMinutes(1));

        var rejected = await h.GetAsync(invoice);
        rejected.State.ShouldBe(InvoiceState.Rejected);
        rejected.ErrorCode.ShouldBe(InvoiceErrorCodes.Rejected);
        var expected = h.Simulator.Uploads(Efactura.Simulator.AnafEnvironment.Test).Single().Verdict.Errors;
        expected.ShouldNotBeEmpty();
        var findings = JsonSerializer.Deserialize<List<ProblemFinding>>(rejected.ErrorDetails!, ApiProblem.Json)!;
        findings.Select(f => f.MessageRo).ShouldBe(expected);
        findings.ShouldAllBe(f => f.Severity == "fatal" && f.Code != "ANAF-UNKNOWN" && f.Message.Length > 0 && f.Fix != null);
        (await h.Documents.FindAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Zip, Token)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_dropped_upload_response_is_reconciled_and_the_invoice_uploaded_exactly_once()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        h.Simulator.Faults.Add(new FaultRule(FaultKind.DropResponse, "/upload"));

        await h.RoundAsync(h.Submitter());
        var reconciling = await h.GetAsync(invoice);
        reconciling.State.ShouldBe(InvoiceState.Reconciling);
        reconciling.ErrorCode.ShouldBe(InvoiceErrorCodes.UploadUnknown);
        reconciling.IndexIncarcare.ShouldBeNull();

        for (var i = 0; i < 10 && (await h.GetAsync(invoice)).State != InvoiceState.Accepted; i++) await h.StepAsync(TimeSpan.FromMinutes(2));

        var accepted = await h.GetAsync(invoice);
        accepted.State.ShouldBe(InvoiceState.Accepted);
        accepted.IndexIncarcare.ShouldBe(h.Simulator.Uploads(Efactura.Simulator.AnafEnvironment.Test).Single().Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        accepted.UploadAttempts.ShouldBe(1);
        accepted.ErrorCode.ShouldBeNull();
        h.UploadCount(company, invoice).ShouldBe(1);
    }

    [Fact]
    public async Task A_dropped_response_to_an_upload_of_a_seller_named_by_its_trade_register_is_found_not_uploaded_again()
    {
        // Example 07: a seller outside the VAT system, whose legal registration (BT-30) is its trade register number.
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("07-outside-scope");
        var invoice = await h.QueuedInvoiceAsync(company, "07-outside-scope");
        h.Simulator.Faults.Add(new FaultRule(FaultKind.DropResponse, "/upload"));

        await h.RoundAsync(h.Submitter());
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Reconciling);
        for (var i = 0; i < 10 && (await h.GetAsync(invoice)).State != InvoiceState.Accepted; i++) await h.StepAsync(TimeSpan.FromMinutes(2));

        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Accepted);
        h.Simulator.Uploads(Efactura.Simulator.AnafEnvironment.Test).Count(u => u.DocumentNumber == invoice.Number).ShouldBe(1);
    }

    [Fact]
    public async Task A_dropped_response_to_a_self_billed_upload_is_found_among_the_buyers_received_messages_not_uploaded_again()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        // Self-billing: the buyer (the company) uploads in its supplier's name; ANAF lists it to the buyer as received.
        var company = await h.CompanyForAsync("11-self-billed", buyer: true);
        var invoice = await h.QueuedInvoiceAsync(company, "11-self-billed");
        h.Simulator.Faults.Add(new FaultRule(FaultKind.DropResponse, "/upload"));

        await h.RoundAsync(h.Submitter());
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Reconciling);
        for (var i = 0; i < 10 && (await h.GetAsync(invoice)).State != InvoiceState.Accepted; i++) await h.StepAsync(TimeSpan.FromMinutes(2));

        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Accepted);
        h.Simulator.UploadCount(Efactura.Simulator.AnafEnvironment.Test, "22334451", invoice.Number).ShouldBe(1);
    }

    [Fact]
    public async Task A_dropped_response_to_an_upload_the_simulator_rejects_is_found_in_the_error_messages_and_ends_rejected_once()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var xml = System.Text.Encoding.UTF8.GetString(OutgoingHarness.ExampleXml("01-b2b-ron-21"));
        var broken = System.Text.RegularExpressions.Regex.Replace(xml, "<cbc:PayableAmount currencyID=\"RON\">[^<]*<", "<cbc:PayableAmount currencyID=\"RON\">1.00<");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21", System.Text.Encoding.UTF8.GetBytes(broken));
        h.Simulator.Faults.Add(new FaultRule(FaultKind.DropResponse, "/upload"));

        await h.RoundAsync(h.Submitter());
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Reconciling);
        for (var i = 0; i < 10 && (await h.GetAsync(invoice)).State != InvoiceState.Rejected; i++) await h.StepAsync(TimeSpan.FromMinutes(2));

        var rejected = await h.GetAsync(invoice);
        rejected.State.ShouldBe(InvoiceState.Rejected);
        rejected.ErrorCode.ShouldBe(InvoiceErrorCodes.Rejected);
        h.UploadCount(company, invoice).ShouldBe(1);
    }

    [Fact]
    public async Task An_invoice_left_uploading_by_a_crash_after_the_upload_landed_is_found_not_uploaded_again()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        // The crashed process: it committed uploading, the upload reached ANAF, then the process died.
        await h.LeftUploadingAsync(invoice);
        var client = await h.Clients.ForCompanyAsync(company);
        await client.UploadAsync(new Efactura.Anaf.UploadRequest(OutgoingHarness.ExampleXml("01-b2b-ron-21"), company.Cui), Token);

        await h.StepAsync(TimeSpan.FromMinutes(1));
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Uploading); // the lease still runs: it may be uploading elsewhere

        for (var i = 0; i < 10 && (await h.GetAsync(invoice)).State != InvoiceState.Accepted; i++) await h.StepAsync(TimeSpan.FromMinutes(2));

        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Accepted);
        h.UploadCount(company, invoice).ShouldBe(1);
    }

    [Fact]
    public async Task An_invoice_left_uploading_by_a_crash_before_sending_is_uploaded_again_only_once_absence_is_proven()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        await h.LeftUploadingAsync(invoice);

        await h.StepAsync(h.Outgoing.UploadLease);
        var reconciling = await h.GetAsync(invoice);
        reconciling.State.ShouldBe(InvoiceState.Reconciling);
        reconciling.ErrorCode.ShouldBe(InvoiceErrorCodes.UploadInterrupted);

        // Until the wait has passed, absence is not proven: no upload.
        while (h.Clock.GetUtcNow() < reconciling.UploadStartedAt!.Value + h.Outgoing.ReconcileWait - h.Outgoing.ReconcileInterval)
        {
            await h.StepAsync(h.Outgoing.ReconcileInterval);
            (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Reconciling);
            h.UploadCount(company, invoice).ShouldBe(0);
        }
        for (var i = 0; i < 10 && (await h.GetAsync(invoice)).State != InvoiceState.Accepted; i++) await h.StepAsync(h.Outgoing.ReconcileInterval);

        var accepted = await h.GetAsync(invoice);
        accepted.State.ShouldBe(InvoiceState.Accepted);
        accepted.UploadAttempts.ShouldBe(2);
        accepted.ReconcileAttempts.ShouldBeGreaterThan(5);
        h.UploadCount(company, invoice).ShouldBe(1);
    }

    [Fact]
    public async Task A_server_error_after_sending_is_reconciled_and_the_invoice_uploaded_again_after_the_wait()
    {
        var options = new OutgoingInvoiceOptions { ReconcileWait = TimeSpan.FromMinutes(6), ReconcileInterval = TimeSpan.FromMinutes(2) };
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres, outgoing: options);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        h.Simulator.Faults.Add(new FaultRule(FaultKind.InternalServerError, "/upload"));

        await h.RoundAsync(h.Submitter());
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Reconciling);

        for (var i = 0; i < 10 && (await h.GetAsync(invoice)).State != InvoiceState.Accepted; i++) await h.StepAsync(TimeSpan.FromMinutes(2));

        var accepted = await h.GetAsync(invoice);
        accepted.State.ShouldBe(InvoiceState.Accepted);
        accepted.UploadAttempts.ShouldBe(2);
        h.UploadCount(company, invoice).ShouldBe(1);
    }

    [Fact]
    public async Task Too_many_requests_leave_the_invoice_queued_for_a_later_attempt()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        h.Simulator.Faults.Add(new FaultRule(FaultKind.TooManyRequests, "/upload", Times: 4, RetryAfter: TimeSpan.FromSeconds(5)));

        await h.RoundAsync(h.Submitter());

        var queued = await h.GetAsync(invoice);
        queued.State.ShouldBe(InvoiceState.Queued);
        queued.ErrorCode.ShouldBe(InvoiceErrorCodes.NotSent);
        queued.NextAttemptAt.ShouldBe(h.Clock.GetUtcNow() + h.Outgoing.RetryBaseDelay);
        h.UploadCount(company, invoice).ShouldBe(0);

        await h.StepAsync(h.Outgoing.RetryBaseDelay);
        await h.StepAsync(TimeSpan.FromMinutes(1));
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Accepted);
        h.UploadCount(company, invoice).ShouldBe(1);
    }

    [Fact]
    public async Task Uploads_past_their_share_of_anafs_calls_wait_queued_without_being_sent()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres, outgoing: new OutgoingInvoiceOptions { UploadCallShare = 0.001m });
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var first = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        var second = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");

        await h.RoundAsync(h.Submitter());

        // 0.1 % of the calls per minute is one upload: the other invoice stays queued, unsent, until the window moves on.
        var states = new[] { await h.GetAsync(first), await h.GetAsync(second) };
        states.Count(i => i.State == InvoiceState.Submitted).ShouldBe(1);
        var waiting = states.Single(i => i.State == InvoiceState.Queued);
        waiting.UploadAttempts.ShouldBe(0);
        waiting.ClaimedBy.ShouldBeNull();
        waiting.NextAttemptAt.ShouldBe(h.Quota.NextBucketStart());
    }

    [Fact]
    public async Task A_company_without_an_anaf_connection_fails_with_what_to_do()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21", connected: false);
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");

        await h.RoundAsync(h.Submitter());

        var failed = await h.GetAsync(invoice);
        failed.State.ShouldBe(InvoiceState.Failed);
        failed.ErrorCode.ShouldBe(InvoiceErrorCodes.NotConnected);
        var finding = JsonSerializer.Deserialize<List<ProblemFinding>>(failed.ErrorDetails!, ApiProblem.Json)!.Single();
        finding.Fix!.ShouldContain("/v1/anaf/connect");
        h.UploadCount(company, invoice).ShouldBe(0);
    }

    [Fact]
    public async Task A_failing_status_query_keeps_the_invoice_submitted_with_its_index_until_anaf_answers()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        await h.RoundAsync(h.Submitter());
        var index = (await h.GetAsync(invoice)).IndexIncarcare;
        h.Simulator.Faults.Add(new FaultRule(FaultKind.ServiceUnavailable, "stareMesaj", Times: 4));

        await h.StepAsync(TimeSpan.FromMinutes(1));

        var waiting = await h.GetAsync(invoice);
        waiting.State.ShouldBe(InvoiceState.Submitted);
        waiting.IndexIncarcare.ShouldBe(index);
        waiting.ErrorCode.ShouldBe(InvoiceErrorCodes.StatusFailed);
        waiting.ClaimedBy.ShouldBeNull();

        await h.StepAsync(waiting.NextAttemptAt!.Value - h.Clock.GetUtcNow());
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Accepted);
    }

    [Fact]
    public async Task A_failed_download_keeps_the_download_id_and_the_next_round_finishes_without_asking_the_status_again()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        await h.RoundAsync(h.Submitter());
        h.Simulator.Faults.Add(new FaultRule(FaultKind.Firewall, "descarcare"));

        await h.StepAsync(TimeSpan.FromMinutes(1));

        var waiting = await h.GetAsync(invoice);
        waiting.State.ShouldBe(InvoiceState.Submitted);
        waiting.IdDescarcare.ShouldNotBeNull();
        waiting.ErrorCode.ShouldBe(InvoiceErrorCodes.DownloadFailed);
        h.Simulator.Faults.Add(new FaultRule(FaultKind.InternalServerError, "stareMesaj", Times: 100));

        await h.StepAsync(h.Outgoing.DownloadRetryDelay);
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Accepted);
        h.Simulator.Faults.Clear();
    }

    [Fact]
    public async Task An_upload_without_a_verdict_after_a_day_is_flagged_slow_and_still_polled()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres, processingDelay: TimeSpan.FromHours(30));
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        await h.RoundAsync(h.Submitter());
        var submittedAt = (await h.GetAsync(invoice)).SubmittedAt!.Value;

        var polls = 0;
        while (h.Clock.GetUtcNow() < submittedAt + TimeSpan.FromHours(25))
        {
            var current = await h.GetAsync(invoice);
            h.Clock.SetUtcNow(current.NextAttemptAt!.Value);
            await h.RoundAsync(h.StatusPoller());
            polls++;
        }

        var slow = await h.GetAsync(invoice);
        slow.State.ShouldBe(InvoiceState.Submitted);
        slow.ErrorCode.ShouldBe(InvoiceErrorCodes.Slow);
        (slow.NextAttemptAt!.Value - h.Clock.GetUtcNow()).ShouldBe(h.Outgoing.StatusSlowInterval);
        polls.ShouldBeLessThan(70);

        h.Clock.Advance(TimeSpan.FromHours(6));
        await h.RoundAsync(h.StatusPoller());
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Accepted);
    }

    [Fact]
    public async Task A_scheduled_invoice_is_queued_and_uploaded_once_its_delay_passed()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var created = await h.IssuedInvoiceAsync(company, "01-b2b-ron-21");
        await h.Invoices.TransitionAsync(new InvoiceTransition(created.TenantId, created.Id, InvoiceState.Issued, InvoiceState.Scheduled)
        {
            NextAttemptAt = h.Clock.GetUtcNow().AddHours(1),
        }, Token);

        await h.RoundAsync(h.Submitter());
        (await h.GetAsync(created)).State.ShouldBe(InvoiceState.Scheduled);

        h.Clock.Advance(TimeSpan.FromHours(1));
        await h.RoundAsync(h.Submitter()); // queued, then uploaded in the same round

        (await h.GetAsync(created)).State.ShouldBe(InvoiceState.Submitted);
        h.UploadCount(company, created).ShouldBe(1);
    }
}
