using Efactura.Core.Calendar;
using Efactura.Anaf;
using Efactura.Anaf.Results;
using Efactura.Core.Model;
using Efactura.Server.Anaf;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Reconciliation;
using Efactura.Ubl;

namespace Efactura.Server.Workers;

/// <summary>
/// Settles uploads of unknown outcome (gateway step 3, DESIGN §5 "never upload one invoice twice"). For each
/// reconciling invoice it lists the company's ANAF messages since the upload began and looks for its upload:
/// a FACTURA TRIMISA whose downloaded invoice is this one (<see cref="UploadedInvoiceMatch"/>), or, when this is the
/// company's only upload of unknown outcome, the one unclaimed ERORI FACTURA. Found → submitted with that index (the
/// status poller takes over). Not found → searched again every <see cref="OutgoingInvoiceOptions.ReconcileInterval"/>;
/// only a complete search made <see cref="OutgoingInvoiceOptions.ReconcileWait"/> after the upload's request was sent
/// (<c>upload_sent_at</c>, never the claim) proves it absent, and only then is the invoice queued for a new upload. The searches are counted in the invoice, and the
/// wait counts from its stored send time, so a restart carries on. The invoice read from each downloaded message is
/// stored (<see cref="ReconcileDownloadRepository"/>), so no later search, restarted process or other node downloads that
/// message again: ANAF allows 10 downloads of a message a day.
/// </summary>
public sealed partial class Reconciler(
    WorkerOptions options,
    OutgoingInvoiceOptions outgoing,
    InvoiceRepository invoices,
    CompanyRepository companies,
    DocumentRepository documents,
    ReconcileDownloadRepository downloads,
    AnafClients anaf,
    DatabaseAnafQuota quota,
    NodeIdentity node,
    TimeProvider time,
    ILogger<Reconciler> logger) : WorkerLoop(options, time, logger)
{
    /// <summary>The worker's name.</summary>
    public const string WorkerName = "reconciler";

    /// <inheritdoc />
    public override string Name => WorkerName;

    /// <summary>How often a process removes the downloads older than <see cref="OutgoingInvoiceOptions.ReconcileDownloadsKept"/>.</summary>
    private static readonly TimeSpan ForgetEvery = TimeSpan.FromHours(1);

    // This process's next removal of old downloads; the first round of a process does one.
    private DateTimeOffset _nextForgetAt = DateTimeOffset.MinValue;

    private string Claimer => node.Claimer(Name);

    /// <inheritdoc />
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await ForgetOldDownloadsAsync(cancellationToken).ConfigureAwait(false);
        var due = await invoices.ClaimDueAsync([InvoiceState.Reconciling], Claimer, Options.Lease, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        // One company at a time, its invoices searched in one list: they search the same messages, and each download is
        // stored before the next invoice looks.
        foreach (var company in due.GroupBy(i => (i.TenantId, i.CompanyId, i.Environment)))
            await ReconcileCompanyAsync([.. company], cancellationToken).ConfigureAwait(false);
        return due.Count > 0;
    }

    private async Task ForgetOldDownloadsAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        if (now < _nextForgetAt) return;
        _nextForgetAt = now + ForgetEvery;
        await downloads.DeleteBeforeAsync(now - outgoing.ReconcileDownloadsKept, cancellationToken).ConfigureAwait(false);
    }

    // The claimed reconciling invoices of one company in one environment: one list of the company's messages (from the
    // earliest send among them) serves every search, and it takes one slot of the reconciliation's share of ANAF's calls
    // window; without one they wait for the next bucket, searched by no one meanwhile.
    private async Task ReconcileCompanyAsync(IReadOnlyList<InvoiceRecord> batch, CancellationToken cancellationToken)
    {
        var first = batch[0];
        var company = await companies.GetAsync(first.TenantId, first.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return;
        var searching = new List<(InvoiceRecord Invoice, byte[] Xml, Invoice Document)>();
        foreach (var invoice in batch)
        {
            var xml = await documents.GetAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Xml, cancellationToken).ConfigureAwait(false);
            var document = xml is null ? null : Read(xml.Content);
            if (xml is null || document is null)
            {
                await FinishAsync(invoice, InvoiceState.Failed, null, InvoiceFindings.Error(InvoiceErrorCodes.XmlMissing,
                    "The invoice's stored UBL XML is missing or cannot be read, so its upload cannot be recognised at ANAF.", "Report this: the gateway's data is inconsistent.")).ConfigureAwait(false);
                continue;
            }
            if (invoice.UploadSentAt is null)
            {
                // No request of this attempt ever left: upload_sent_at is committed before any does, and a taken-over attempt cannot commit it.
                await FinishAsync(invoice, InvoiceState.Queued, null, InvoiceFindings.Error(InvoiceErrorCodes.NotSent,
                    "The upload attempt stopped before its request left for ANAF.", "Nothing to do: the invoice is uploaded again.", Efactura.Core.Findings.Severity.Warning), Time.GetUtcNow()).ConfigureAwait(false);
                continue;
            }
            searching.Add((invoice, xml.Content, document));
        }
        if (searching.Count == 0) return;
        var budget = quota.ForEnvironment(first.Environment ?? company.Settings.Environment);
        if (!await budget.TryTakeReconcileSlotAsync(outgoing.ReconcileCallShare, cancellationToken).ConfigureAwait(false))
        {
            foreach (var (invoice, _, _) in searching)
                await invoices.ReleaseAsync(invoice.TenantId, invoice.Id, Claimer, budget.NextBucketStart(), cancellationToken).ConfigureAwait(false);
            return;
        }
        try
        {
            var client = await anaf.ForCompanyAsync(company, first.Environment).ConfigureAwait(false);
            var from = searching.Min(s => SentAt(s.Invoice)) - outgoing.ReconcileSearchMargin;
            var listed = await client.ListAllMessagesAsync(company.Cui, from, Time.GetUtcNow(), cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var (invoice, xml, document) in searching)
            {
                var search = listed.IsSuccess
                    ? await SearchAsync(client, company, invoice, listed.Value, xml, document, cancellationToken).ConfigureAwait(false)
                    : new Search(null, listed.Error);
                await ConcludeAsync(invoice, search).ConfigureAwait(false);
            }
        }
        catch (AnafNotConnectedException)
        {
            foreach (var (invoice, _, _) in searching)
                await ProgressAsync(invoice, Time.GetUtcNow() + outgoing.ReconcileInterval, InvoiceFindings.Error(InvoiceErrorCodes.NotConnected,
                    "The company is not connected to ANAF, so ANAF's message list cannot be searched for this upload.",
                    $"Connect the company (GET /v1/anaf/connect?companyId={company.Id}); the search then continues."), searched: false).ConfigureAwait(false);
        }
    }

    private async Task ConcludeAsync(InvoiceRecord invoice, Search search)
    {
        var now = Time.GetUtcNow();
        if (search.Found is { } found)
        {
            await FinishAsync(invoice, InvoiceState.Submitted, found.UploadIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), null, now).ConfigureAwait(false);
            LogFound(Logger, invoice.Id, found.UploadIndex, found.Type);
            return;
        }
        if (search.Failure is { } failure)
        {
            await ProgressAsync(invoice, failure.IsDailyLimit ? DatabaseAnafQuota.NextRomanianDayStart(now) : now + outgoing.ReconcileInterval,
                InvoiceFindings.Error(InvoiceErrorCodes.ReconcileFailed, failure, "Nothing to do: the search is made again later; the invoice is not uploaded meanwhile."),
                searched: true).ConfigureAwait(false);
            return;
        }
        var wait = ProofWait(outgoing.ReconcileWait);
        var deadline = SentAt(invoice) + wait;
        if (now >= deadline)
        {
            await FinishAsync(invoice, InvoiceState.Queued, null, InvoiceFindings.Error(InvoiceErrorCodes.UploadAbsent,
                $"ANAF's message list still had no trace of the upload {wait.TotalMinutes:0} minutes after it was sent ({invoice.ReconcileAttempts + 1} searches), so it never arrived.",
                "Nothing to do: the invoice is uploaded again.", Efactura.Core.Findings.Severity.Warning), now).ConfigureAwait(false);
            LogAbsent(Logger, invoice.Id, invoice.ReconcileAttempts + 1);
            return;
        }
        var next = now + outgoing.ReconcileInterval;
        await ProgressAsync(invoice, next < deadline ? next : deadline, Kept(invoice), searched: true).ConfigureAwait(false);
    }

    /// <summary>
    /// The configured wait, but never less than <see cref="MinimumProofWait"/>: the client keeps the last minute
    /// (<see cref="Efactura.Anaf.AnafClientOptions.ListClockSkewMargin"/>) out of every list it asks for, so a search
    /// sooner after the upload could not have seen it, and absence would be "proven" wrongly.
    /// </summary>
    internal static TimeSpan ProofWait(TimeSpan configured) => configured > MinimumProofWait ? configured : MinimumProofWait;

    /// <summary>Twice the list's clock-skew margin: the shortest wait after which a search can prove an upload absent.</summary>
    internal static readonly TimeSpan MinimumProofWait = TimeSpan.FromMinutes(2);

    // One invoice's search in the company's list: only the messages created since its request was sent (less the margin).
    private async Task<Search> SearchAsync(AnafClient client, Company company, InvoiceRecord invoice, IReadOnlyList<SpvMessage> listed, byte[] xml, Invoice document,
        CancellationToken cancellationToken)
    {
        var since = SentAt(invoice) - outgoing.ReconcileSearchMargin;
        var unclaimed = new List<SpvMessage>();
        // A self-billed invoice (the company is the buyer, uploading in its supplier's name) is listed to the uploader
        // as received (anaf-api.md §4: "transmisa de cif={buyer} ca autofactura in numele cif={seller}").
        var uploadedAs = UploadedInvoiceMatch.IsOwnSale(document, company.Cui) ? SpvMessageType.Sent : SpvMessageType.Received;
        foreach (var message in listed.Where(m => (m.Type == uploadedAs || m.Type == SpvMessageType.Errors) && CreatedAt(m) >= Floor(since)).OrderBy(m => m.UploadIndex))
        {
            var owner = await invoices.FindByIndexIncarcareAsync(invoice.TenantId, company.Id, message.UploadIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            if (owner is null) unclaimed.Add(message);
        }
        // Closest to the upload first: the message of this very upload is most likely the first downloaded, so each
        // unsettled upload costs about one download of ANAF's 10 a day per message. A download that fails does not end
        // the search (another message may be this upload), but then absence is not proven.
        AnafError? failure = null;
        var sent = SentAt(invoice);
        foreach (var message in unclaimed.Where(m => m.Type == uploadedAs).OrderBy(m => Distance(m, sent)).ThenBy(m => m.UploadIndex))
        {
            var uploaded = await downloads.FindAsync(company.Id, message.DownloadId, cancellationToken).ConfigureAwait(false);
            if (uploaded is null)
            {
                var downloaded = await client.DownloadAsync(message.DownloadId, cancellationToken).ConfigureAwait(false);
                if (!downloaded.IsSuccess)
                {
                    failure ??= downloaded.Error;
                    continue;
                }
                uploaded = downloaded.Value.Contents.Document;
                // Not cancelled once downloaded: the download is spent from the message's daily quota either way. ANAF's
                // ZIP is kept with it: when this message is the upload searched for, the status poller takes the legal
                // original from here instead of downloading the message a second time.
                await downloads.StoreAsync(company.Id, message.DownloadId, uploaded, CancellationToken.None, downloaded.Value.Zip).ConfigureAwait(false);
            }
            if (UploadedInvoiceMatch.IsSame(uploaded, xml, document)) return new Search(message, null);
            await AdoptAsync(invoice, message, uploaded, cancellationToken).ConfigureAwait(false);
        }
        if (failure is not null) return new Search(null, failure);
        // An error file names no invoice; it can be this upload's only when nothing else of the company is unsettled.
        var errors = unclaimed.Where(m => m.Type == SpvMessageType.Errors).ToList();
        if (errors.Count == 1 && await IsOnlyUnsettledAsync(invoice, cancellationToken).ConfigureAwait(false)) return new Search(errors[0], null);
        return new Search(null, null);
    }

    /// <summary>
    /// A message downloaded while searching for one upload may be another unsettled upload of the same company (several
    /// answers lost at once): it is given to that invoice now, so that no later search downloads it again (ANAF allows
    /// 10 downloads of a message a day). The transition is conditional on the invoice still being in reconciling.
    /// </summary>
    private async Task AdoptAsync(InvoiceRecord searching, SpvMessage message, byte[] uploaded, CancellationToken cancellationToken)
    {
        if (Read(uploaded) is not { } other) return;
        var candidates = await invoices.ListAsync(searching.TenantId,
            new InvoiceFilter { CompanyId = searching.CompanyId, Number = other.Number, States = [InvoiceState.Reconciling] },
            new PageRequest(Limit: 5), cancellationToken).ConfigureAwait(false);
        foreach (var candidate in candidates.Items.Where(c => c.Id != searching.Id))
        {
            var xml = await documents.GetAsync(candidate.TenantId, DocumentOwnerType.Invoice, candidate.Id, DocumentKind.Xml, cancellationToken).ConfigureAwait(false);
            if (xml is null || Read(xml.Content) is not { } document || !UploadedInvoiceMatch.IsSame(uploaded, xml.Content, document)) continue;
            var adopted = await invoices.TransitionAsync(new InvoiceTransition(candidate.TenantId, candidate.Id, InvoiceState.Reconciling, InvoiceState.Submitted)
            {
                IndexIncarcare = message.UploadIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
                NextAttemptAt = Time.GetUtcNow(),
            }, CancellationToken.None).ConfigureAwait(false);
            if (adopted.Outcome == TransitionOutcome.Applied) LogFound(Logger, candidate.Id, message.UploadIndex, message.Type);
            return;
        }
    }

    /// <summary>How far the message's creation (ANAF's Romanian local time, to the minute) is from the upload's send.</summary>
    private static TimeSpan Distance(SpvMessage message, DateTimeOffset uploadSent) => (CreatedAt(message) - uploadSent).Duration();

    /// <summary>When ANAF created the message (its Romanian local time, to the minute), as an instant.</summary>
    private static DateTimeOffset CreatedAt(SpvMessage message)
    {
        var local = DateTime.SpecifyKind(message.CreatedAt, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, RomanianTime.Zone.GetUtcOffset(local));
    }

    // ANAF's creation times are to the minute.
    private static DateTimeOffset Floor(DateTimeOffset instant) => new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

    private async Task<bool> IsOnlyUnsettledAsync(InvoiceRecord invoice, CancellationToken cancellationToken)
    {
        var unsettled = await invoices.ListAsync(invoice.TenantId,
            new InvoiceFilter { CompanyId = invoice.CompanyId, States = [InvoiceState.Reconciling, InvoiceState.Uploading] },
            new PageRequest(Limit: 2), cancellationToken).ConfigureAwait(false);
        return unsettled.Items.Count == 1 && unsettled.Items[0].Id == invoice.Id;
    }

    // When the upload's request left: every proof of absence counts from here, never from the claim (upload_started_at),
    // which may be long before when the attempt waited (DESIGN §5, Submitter's remarks).
    private static DateTimeOffset SentAt(InvoiceRecord invoice) => invoice.UploadSentAt ?? invoice.UploadStartedAt ?? invoice.UpdatedAt;

    private static InvoiceError? Kept(InvoiceRecord invoice) =>
        invoice.ErrorCode is { } code && invoice.ErrorDetails is { } details ? new InvoiceError(code, details) : null;

    private async Task ProgressAsync(InvoiceRecord invoice, DateTimeOffset next, InvoiceError? error, bool searched) =>
        await invoices.RecordProgressAsync(new InvoiceProgress(invoice.TenantId, invoice.Id, InvoiceState.Reconciling, Claimer, next)
        {
            Error = error,
            CountsReconcileAttempt = searched,
        }, CancellationToken.None).ConfigureAwait(false);

    private async Task FinishAsync(InvoiceRecord invoice, InvoiceState to, string? index, InvoiceError? error, DateTimeOffset? next = null) =>
        await invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Reconciling, to)
        {
            Claimer = Claimer,
            IndexIncarcare = index,
            NextAttemptAt = next,
            Error = error,
        }, CancellationToken.None).ConfigureAwait(false);

    private static Invoice? Read(byte[] xml)
    {
        try
        {
            return new InvoiceXmlReader().Read(new MemoryStream(xml, writable: false));
        }
        catch (UblReadException)
        {
            return null;
        }
    }

    /// <summary>A search's result: the upload's message, or the failure that left it incomplete, or neither (not there).</summary>
    private sealed record Search(SpvMessage? Found, AnafError? Failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoice {InvoiceId}: its upload of unknown outcome was found at ANAF with index {UploadIndex} ({MessageType})")]
    private static partial void LogFound(ILogger logger, Guid invoiceId, long uploadIndex, SpvMessageType messageType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoice {InvoiceId}: its upload is absent from ANAF's message list after {Searches} searches; it is uploaded again")]
    private static partial void LogAbsent(ILogger logger, Guid invoiceId, int searches);
}
