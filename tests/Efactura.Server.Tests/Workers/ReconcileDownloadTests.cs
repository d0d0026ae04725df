using Efactura.Anaf;
using Efactura.Anaf.Quotas;
using Efactura.Anaf.Results;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;

namespace Efactura.Server.Tests.Workers;

/// <summary>What the reconciler learns from a download outlives its process: ANAF allows 10 downloads of a message a day.</summary>
public class ReconcileDownloadTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_restarted_reconciler_does_not_download_again_a_message_an_earlier_process_downloaded(string engine)
    {
        await using var h = await OutgoingHarness.StartAsync(engine, postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        // The crashed process: it committed uploading, then died before sending.
        await h.LeftUploadingAsync(invoice);
        // Meanwhile another program uploaded another invoice of the company: a message every search meets, unclaimed.
        var foreignMessage = await ForeignUploadAsync(h, company);
        h.Clock.Advance(h.Outgoing.UploadLease);
        await h.RoundAsync(h.Submitter());
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Reconciling);

        await h.RoundAsync(h.Reconciler("node-a"));
        var downloadId = await DownloadIdAsync(h, company, foreignMessage);
        (await DownloadsTodayAsync(h, downloadId)).ShouldBe(1);
        (await h.ReconcileDownloads.FindAsync(company.Id, downloadId, Token)).ShouldNotBeNull();

        for (var restart = 0; restart < 4; restart++)
        {
            h.Clock.Advance(h.Outgoing.ReconcileInterval);
            await h.RoundAsync(h.Reconciler("node-a")); // a new instance: the process was restarted
        }

        var searched = await h.GetAsync(invoice);
        searched.State.ShouldBe(InvoiceState.Reconciling);
        searched.ReconcileAttempts.ShouldBe(5);
        searched.ErrorCode.ShouldNotBe(InvoiceErrorCodes.ReconcileFailed);
        (await DownloadsTodayAsync(h, downloadId)).ShouldBe(1);
        h.UploadCount(company, invoice).ShouldBe(0);
    }

    public static TheoryData<string, Efactura.Simulator.AnafEnvironment> EnginesAndEnvironments => new()
    {
        { "sqlite", Efactura.Simulator.AnafEnvironment.Test },
        { "sqlite", Efactura.Simulator.AnafEnvironment.Prod },
        { "postgres", Efactura.Simulator.AnafEnvironment.Test },
    };

    [Theory, MemberData(nameof(EnginesAndEnvironments))]
    public async Task An_upload_the_reconciler_found_by_downloading_its_message_keeps_that_zip_as_the_original_and_is_not_downloaded_again(
        string engine, Efactura.Simulator.AnafEnvironment environment)
    {
        await using var h = await OutgoingHarness.StartAsync(engine, postgres, simulatorEnvironment: environment);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var invoice = await h.QueuedInvoiceAsync(company, "01-b2b-ron-21");
        h.Simulator.Faults.Add(new Efactura.Simulator.Faults.FaultRule(Efactura.Simulator.Faults.FaultKind.DropResponse, "/upload"));

        await h.RoundAsync(h.Submitter());
        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Reconciling);
        for (var i = 0; i < 10 && (await h.GetAsync(invoice)).State != InvoiceState.Accepted; i++) await h.StepAsync(TimeSpan.FromMinutes(2));

        var accepted = await h.GetAsync(invoice);
        accepted.State.ShouldBe(InvoiceState.Accepted);
        accepted.Signature.ShouldBe("verified");
        var downloadId = long.Parse(accepted.IdDescarcare!, System.Globalization.CultureInfo.InvariantCulture);
        var kept = await h.ReconcileDownloads.FindZipAsync(company.Id, downloadId, Token);
        kept.ShouldNotBeNull("the reconciler downloaded the message while searching");
        var zip = (await h.Documents.GetAsync(invoice.TenantId, Efactura.Server.Storage.Documents.DocumentOwnerType.Invoice, invoice.Id,
            Efactura.Server.Storage.Documents.DocumentKind.Zip, Token))!;
        zip.Content.ShouldBe(kept); // ANAF's ZIP, byte for byte, from the one download
        h.Simulator.DownloadCount(environment, downloadId).ShouldBe(1); // as ANAF counted it
        (await DownloadsTodayAsync(h, downloadId)).ShouldBe(1);
        h.Metrics.Signatures.Get("invoice", "verified").ShouldBe(1);
        h.UploadCount(company, invoice).ShouldBe(1);
    }

    [Fact]
    public async Task Old_downloads_are_removed_at_most_once_an_hour_per_process()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        await h.ReconcileDownloads.StoreAsync(company.Id, 7, [1], Token);
        var reconciler = h.Reconciler();

        h.Clock.Advance(h.Outgoing.ReconcileDownloadsKept - TimeSpan.FromMinutes(10));
        await h.RoundAsync(reconciler);
        (await h.ReconcileDownloads.FindAsync(company.Id, 7, Token)).ShouldNotBeNull("it is not old yet");

        h.Clock.Advance(TimeSpan.FromMinutes(30));
        await h.RoundAsync(reconciler);
        (await h.ReconcileDownloads.FindAsync(company.Id, 7, Token)).ShouldNotBeNull("old now, but this process removed old ones half an hour ago");

        h.Clock.Advance(TimeSpan.FromMinutes(31));
        await h.RoundAsync(reconciler);
        (await h.ReconcileDownloads.FindAsync(company.Id, 7, Token)).ShouldBeNull();
    }

    /// <summary>Uploads, as another program would, an invoice of <paramref name="company"/> the gateway does not know; its upload index.</summary>
    private static async Task<long> ForeignUploadAsync(OutgoingHarness h, Efactura.Server.Storage.Companies.Company company)
    {
        var xml = System.Text.Encoding.UTF8.GetString(OutgoingHarness.ExampleXml("01-b2b-ron-21")).Replace("ALF-2026-0001", "ALF-2026-0900", StringComparison.Ordinal);
        var client = await h.Clients.ForCompanyAsync(company);
        var upload = await client.UploadAsync(new UploadRequest(System.Text.Encoding.UTF8.GetBytes(xml), company.Cui), Token);
        return upload.ShouldBeOfType<UploadAccepted>().UploadIndex;
    }

    private static async Task<long> DownloadIdAsync(OutgoingHarness h, Efactura.Server.Storage.Companies.Company company, long uploadIndex)
    {
        var client = await h.Clients.ForCompanyAsync(company);
        var listed = await client.ListAllMessagesAsync(company.Cui, OutgoingHarness.Start.AddHours(-1), h.Clock.GetUtcNow(), cancellationToken: Token);
        return listed.Value!.Single(m => m.UploadIndex == uploadIndex && m.Type == SpvMessageType.Sent).DownloadId;
    }

    // The gateway's own count of descarcare calls for the message today: the quota that ran out when every restart downloaded again.
    private static Task<int> DownloadsTodayAsync(OutgoingHarness h, long downloadId) =>
        h.Quota.ForEnvironment(Efactura.Server.Storage.Companies.AnafEnvironment.Simulator).UsedTodayAsync(DailyQuota.DownloadPerMessage, downloadId.ToString(System.Globalization.CultureInfo.InvariantCulture), Token);
}
