using System.Globalization;
using Efactura.Anaf;
using Efactura.Anaf.Archives;
using Efactura.Anaf.Results;
using Efactura.Server.Anaf;
using Efactura.Server.Observability;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Workers;

/// <summary>
/// Follows submitted invoices to ANAF's verdict (gateway step 4): stareMesaj on the <see cref="StatusPollSchedule"/>;
/// on <c>ok</c> downloads the ZIP, stores it byte for byte with its signature file, checks ANAF's signature and marks
/// the invoice accepted; on <c>nok</c> downloads the error file, stores it and marks the invoice rejected with every
/// finding translated. The ZIP is what ANAF sent, so it is stored and the invoice follows ANAF's verdict whatever the
/// signature check says: the outcome (<c>verified</c>, <c>unknown-signer</c>, <c>invalid</c>) is recorded on the
/// invoice and its event, counted in the metrics, and anything but <c>verified</c> is a warning (log and finding);
/// the message is never downloaded again for it. A failed call keeps the invoice submitted with its index (and
/// download id once known) and tries again later.
/// </summary>
public sealed partial class StatusPoller(
    WorkerOptions options,
    OutgoingInvoiceOptions outgoing,
    InvoiceRepository invoices,
    Storage.Companies.CompanyRepository companies,
    DocumentRepository documents,
    Storage.Reconciliation.ReconcileDownloadRepository reconcileDownloads,
    AnafClients anaf,
    NodeIdentity node,
    AnafCallMetrics metrics,
    TimeProvider time,
    ILogger<StatusPoller> logger) : WorkerLoop(options, time, logger)
{
    /// <summary>The worker's name.</summary>
    public const string WorkerName = "status-poller";

    private readonly StatusPollSchedule _schedule = new(outgoing);

    /// <inheritdoc />
    public override string Name => WorkerName;

    private string Claimer => node.Claimer(Name);

    /// <inheritdoc />
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var due = await invoices.ClaimDueAsync([InvoiceState.Submitted], Claimer, Options.Lease, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        await ForEachAsync(due, FollowAsync, cancellationToken).ConfigureAwait(false);
        return due.Count > 0;
    }

    private async Task FollowAsync(InvoiceRecord invoice, CancellationToken cancellationToken)
    {
        var company = await companies.GetAsync(invoice.TenantId, invoice.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return;
        if (!long.TryParse(invoice.IndexIncarcare, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            await FinishAsync(invoice, InvoiceState.Failed, null, InvoiceFindings.Error(InvoiceErrorCodes.StatusFailed,
                $"The invoice is submitted but its upload index '{invoice.IndexIncarcare}' is not a number, so ANAF cannot be asked about it.",
                "Report this: the gateway's data is inconsistent.")).ConfigureAwait(false);
            return;
        }
        var client = await anaf.ForCompanyAsync(company, invoice.Environment).ConfigureAwait(false);
        try
        {
            // A download id already recorded means the verdict is in: only its ZIP is missing.
            if (long.TryParse(invoice.IdDescarcare, NumberStyles.None, CultureInfo.InvariantCulture, out var known))
            {
                await DownloadAsync(client, invoice, index, known, cancellationToken).ConfigureAwait(false);
                return;
            }
            await PollAsync(client, invoice, index, cancellationToken).ConfigureAwait(false);
        }
        catch (AnafNotConnectedException)
        {
            await ProgressAsync(invoice, NextPoll(invoice), InvoiceFindings.Error(InvoiceErrorCodes.NotConnected,
                "The company is not connected to ANAF, so ANAF's verdict on this invoice cannot be asked for.",
                $"Connect the company (GET /v1/anaf/connect?companyId={company.Id}); the verdict is then fetched.")).ConfigureAwait(false);
        }
    }

    private async Task PollAsync(AnafClient client, InvoiceRecord invoice, long index, CancellationToken cancellationToken)
    {
        var status = await client.GetStatusAsync(index, cancellationToken).ConfigureAwait(false);
        if (!status.IsSuccess)
        {
            await ProgressAsync(invoice, status.Error.IsDailyLimit ? Tomorrow() : NextPoll(invoice), InvoiceFindings.Error(InvoiceErrorCodes.StatusFailed, status.Error,
                "Nothing to do: ANAF is asked again later; the upload index is kept.")).ConfigureAwait(false);
            return;
        }
        switch (status.Value)
        {
            case { State: MessageState.Processing }:
                await ProgressAsync(invoice, NextPoll(invoice), SlowFlag(invoice)).ConfigureAwait(false);
                return;
            case { State: MessageState.NotTaken }:
                await FinishAsync(invoice, InvoiceState.Rejected, null, InvoiceFindings.Error(InvoiceErrorCodes.NotTaken,
                    "ANAF dropped the upload without processing it (\"XML cu erori nepreluat de sistem\").",
                    "Validate the XML (POST /v1/invoices/validate), correct it and issue the invoice again.")).ConfigureAwait(false);
                return;
            case { DownloadId: { } downloadId }:
                await DownloadAsync(client, invoice, index, downloadId, cancellationToken).ConfigureAwait(false);
                return;
            default:
                await ProgressAsync(invoice, NextPoll(invoice), InvoiceFindings.Error(InvoiceErrorCodes.StatusFailed,
                    $"stareMesaj answered {status.Value.State} without id_descarcare.", "Nothing to do: ANAF is asked again later.")).ConfigureAwait(false);
                return;
        }
    }

    private async Task DownloadAsync(AnafClient client, InvoiceRecord invoice, long index, long downloadId, CancellationToken cancellationToken)
    {
        var download = downloadId.ToString(CultureInfo.InvariantCulture);
        // The reconciler may have downloaded this very message while searching for the upload: its ZIP is used as it
        // was downloaded, so a message is downloaded once (ANAF allows 10 a day; DESIGN §5). A kept ZIP that cannot be
        // read is downloaded again.
        var kept = await reconcileDownloads.FindZipAsync(invoice.CompanyId, downloadId, cancellationToken).ConfigureAwait(false);
        var opened = kept is null ? null : client.OpenArchive(kept);
        var result = opened is { IsSuccess: true } ? opened : await client.DownloadAsync(downloadId, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            await ProgressAsync(invoice, result.Error.IsDailyLimit ? Tomorrow() : Time.GetUtcNow() + outgoing.DownloadRetryDelay,
                InvoiceFindings.Error(InvoiceErrorCodes.DownloadFailed, result.Error, "Nothing to do: the verdict is downloaded again later."), download).ConfigureAwait(false);
            return;
        }
        var archive = result.Value;
        // Stored first, whatever follows: it is what ANAF sent for this download id (the legal original).
        await StoreAsync(invoice, archive, cancellationToken).ConfigureAwait(false);
        var signature = archive.Signature;
        var outcome = signature.Outcome.Name();
        metrics.Signatures.Increment("invoice", outcome);
        var warning = SignatureWarning(archive, index);
        if (warning is not null) LogSignatureNotVerified(Logger, invoice.Id, outcome, signature.Failure ?? $"the ZIP is for upload {archive.Contents.Index}");
        if (archive.ErrorFile is { } errors)
        {
            var findings = errors.Messages.Count > 0
                ? InvoiceFindings.FromAnaf(errors.Explanations)
                : [InvoiceFindings.Ours(InvoiceErrorCodes.Rejected, "ANAF rejected the invoice without naming an error.", "Validate the invoice and contact ANAF.")];
            await FinishAsync(invoice, InvoiceState.Rejected, download, InvoiceFindings.Error(InvoiceErrorCodes.Rejected, findings), outcome).ConfigureAwait(false);
            return;
        }
        await FinishAsync(invoice, InvoiceState.Accepted, download, warning, outcome).ConfigureAwait(false);
    }

    // Anything but a verified signature over this upload's ZIP is worth an operator's look, never a second download.
    private static InvoiceError? SignatureWarning(DownloadedArchive archive, long index)
    {
        const string Fix = "The ZIP is stored as ANAF sent it and the invoice follows ANAF's verdict; check the ZIP (efactura anaf verify) and report it if ANAF's certificate changed.";
        if (archive.Contents.Index != index)
            return InvoiceFindings.Error(InvoiceErrorCodes.SignatureInvalid, $"ANAF's ZIP is for upload {archive.Contents.Index}, not {index}.", Fix, Efactura.Core.Findings.Severity.Warning);
        return archive.Signature.Outcome switch
        {
            SignatureOutcome.Invalid => InvoiceFindings.Error(InvoiceErrorCodes.SignatureInvalid, $"The signature on ANAF's ZIP is invalid: {archive.Signature.Failure}.", Fix, Efactura.Core.Findings.Severity.Warning),
            SignatureOutcome.UnknownSigner => InvoiceFindings.Error(InvoiceErrorCodes.SignatureUnknownSigner, $"ANAF's ZIP is validly signed, but {archive.Signature.Failure}.", Fix, Efactura.Core.Findings.Severity.Warning),
            _ => null,
        };
    }

    // Written once: a ZIP stored by an earlier round that stopped before the transition stays the original.
    private async Task StoreAsync(InvoiceRecord invoice, DownloadedArchive archive, CancellationToken cancellationToken)
    {
        foreach (var (kind, bytes) in new[] { (DocumentKind.Zip, archive.Zip), (DocumentKind.Signature, archive.Contents.Signature) })
        {
            try
            {
                await documents.PutAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, kind, bytes, cancellationToken).ConfigureAwait(false);
            }
            catch (DocumentConflictException)
            {
                LogAlreadyStored(Logger, invoice.Id, kind);
            }
        }
    }

    private InvoiceError? SlowFlag(InvoiceRecord invoice) =>
        _schedule.IsSlow(SubmittedAt(invoice), Time.GetUtcNow())
            ? InvoiceFindings.Error(InvoiceErrorCodes.Slow, $"ANAF has not judged the upload in {outgoing.StatusSlowAfter.TotalHours:0} hours.",
                "Nothing to do: it is still asked, less often; if it lasts, check ANAF's status announcements.", Efactura.Core.Findings.Severity.Warning)
            : null;

    private DateTimeOffset NextPoll(InvoiceRecord invoice) => _schedule.Next(SubmittedAt(invoice), Time.GetUtcNow());

    private DateTimeOffset Tomorrow() => DatabaseAnafQuota.NextRomanianDayStart(Time.GetUtcNow()) + TimeSpan.FromMinutes(1);

    private static DateTimeOffset SubmittedAt(InvoiceRecord invoice) => invoice.SubmittedAt ?? invoice.UpdatedAt;

    private async Task ProgressAsync(InvoiceRecord invoice, DateTimeOffset next, InvoiceError? error, string? downloadId = null) =>
        await invoices.RecordProgressAsync(new InvoiceProgress(invoice.TenantId, invoice.Id, InvoiceState.Submitted, Claimer, next)
        {
            IdDescarcare = downloadId,
            Error = error,
        }, CancellationToken.None).ConfigureAwait(false);

    private async Task FinishAsync(InvoiceRecord invoice, InvoiceState to, string? downloadId, InvoiceError? error, string? signature = null)
    {
        var result = await invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Submitted, to)
        {
            Claimer = Claimer,
            IdDescarcare = downloadId,
            Error = error,
            Signature = signature,
        }, CancellationToken.None).ConfigureAwait(false);
        if (result.Applied) LogVerdict(Logger, invoice.Id, to);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoice {InvoiceId}: ANAF's verdict recorded, now {State}")]
    private static partial void LogVerdict(ILogger logger, Guid invoiceId, InvoiceState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoice {InvoiceId}: ANAF's signature check says {Outcome} ({Reason}); the ZIP is stored as sent and the invoice follows ANAF's verdict")]
    private static partial void LogSignatureNotVerified(ILogger logger, Guid invoiceId, string outcome, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoice {InvoiceId}: a {Kind} was stored by an earlier round and is kept")]
    private static partial void LogAlreadyStored(ILogger logger, Guid invoiceId, DocumentKind kind);
}
