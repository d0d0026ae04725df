using Efactura.Anaf;
using Efactura.Anaf.Messages;
using Efactura.Anaf.Results;
using Efactura.Core.Model;
using Efactura.Server.Anaf;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;
using Efactura.Ubl;

namespace Efactura.Server.Workers;

/// <summary>
/// Uploads queued invoices to ANAF (gateway step 2). Each round: scheduled invoices whose delay passed become
/// queued; invoices left <c>uploading</c> past their lease (the process died mid-upload) go to reconciling, or back to
/// queued when their request provably never left; then the due queued invoices are uploaded. The upload's outcome
/// decides the next state: an index → submitted; ANAF's definite refusal → rejected or failed with every finding;
/// provably not sent → queued again later; unknown → reconciling (DESIGN §5: never upload twice).
/// </summary>
/// <remarks>
/// Never twice, on any number of nodes: (1) an upload takes its slot of ANAF's calls window (and of the uploads' share
/// of it, per ANAF environment) while the invoice is still <c>queued</c>; without one it stays queued, unsent, until the
/// next bucket, so no attempt ever waits for a slot while it holds the invoice as <c>uploading</c>. (2) The invoice is
/// committed as <c>uploading</c> (lease <see cref="OutgoingInvoiceOptions.UploadLease"/>) before the call, so a crash is
/// never taken for "not sent". (3) Just before the request leaves, <see cref="InvoiceRepository.MarkUploadSentAsync"/>
/// commits <c>upload_sent_at</c> and renews the lease, only if this attempt still holds it; otherwise nothing is sent.
/// (4) Every proof of absence (<see cref="Reconciler"/>) counts from <c>upload_sent_at</c>; an attempt taken over with
/// no <c>upload_sent_at</c> never sent anything and is queued again at once.
/// </remarks>
public sealed partial class Submitter(
    WorkerOptions options,
    OutgoingInvoiceOptions outgoing,
    InvoiceRepository invoices,
    CompanyRepository companies,
    DocumentRepository documents,
    AnafClients anaf,
    AnafConnectionRepository connections,
    DatabaseAnafQuota quota,
    NodeIdentity node,
    TimeProvider time,
    ILogger<Submitter> logger) : WorkerLoop(options, time, logger)
{
    /// <summary>The worker's name.</summary>
    public const string WorkerName = "submitter";

    /// <inheritdoc />
    public override string Name => WorkerName;

    private string Claimer => node.Claimer(Name);

    /// <inheritdoc />
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var promoted = await PromoteScheduledAsync(cancellationToken).ConfigureAwait(false);
        var interrupted = await ReconcileInterruptedAsync(cancellationToken).ConfigureAwait(false);
        var queued = await invoices.ClaimDueAsync([InvoiceState.Queued], Claimer, Options.Lease, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        var deferred = 0;
        await ForEachAsync(queued, async (invoice, ct) =>
        {
            if (await SubmitWithinShareAsync(invoice, ct).ConfigureAwait(false)) return;
            Interlocked.Increment(ref deferred);
        }, cancellationToken).ConfigureAwait(false);
        return promoted + interrupted + queued.Count - deferred > 0;
    }

    // Uploads past their share of ANAF's calls, or finding the calls window full, wait still queued for the next bucket
    // of the window (nothing was sent, nothing held). The slots are the invoice's ANAF environment's: simulator or TEST
    // traffic never spends production's budget.
    private async Task<bool> SubmitWithinShareAsync(InvoiceRecord invoice, CancellationToken cancellationToken)
    {
        var company = await companies.GetAsync(invoice.TenantId, invoice.CompanyId, cancellationToken).ConfigureAwait(false);
        var budget = quota.ForEnvironment(invoice.Environment ?? company?.Settings.Environment ?? AnafEnvironment.Prod);
        if (!await budget.TryTakeUploadSlotAsync(outgoing.UploadCallShare, cancellationToken).ConfigureAwait(false)
            || !await budget.TryTakeCallSlotAsync(cancellationToken).ConfigureAwait(false))
        {
            await invoices.ReleaseAsync(invoice.TenantId, invoice.Id, Claimer, budget.NextBucketStart(), cancellationToken).ConfigureAwait(false);
            return false;
        }
        await SubmitAsync(invoice, company, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<int> PromoteScheduledAsync(CancellationToken cancellationToken)
    {
        var due = await invoices.ClaimDueAsync([InvoiceState.Scheduled], Claimer, Options.Lease, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var invoice in due)
            await invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Scheduled, InvoiceState.Queued)
            {
                Claimer = Claimer,
                NextAttemptAt = Time.GetUtcNow(),
            }, cancellationToken).ConfigureAwait(false);
        return due.Count;
    }

    // An invoice still uploading after its lease: the process that uploaded it stopped. If its request left
    // (upload_sent_at), ANAF may have it: reconciled. If not, it never left (a request leaves only after upload_sent_at is
    // committed, and this claim stops that commit): queued again at once.
    private async Task<int> ReconcileInterruptedAsync(CancellationToken cancellationToken)
    {
        var stuck = await invoices.ClaimDueAsync([InvoiceState.Uploading], Claimer, Options.Lease, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var invoice in stuck)
        {
            if (invoice.UploadSentAt is null)
            {
                var requeued = await invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Uploading, InvoiceState.Queued)
                {
                    Claimer = Claimer,
                    NextAttemptAt = Time.GetUtcNow(),
                    Error = InvoiceFindings.Error(InvoiceErrorCodes.NotSent,
                        "The upload was interrupted (the process stopped) before its request left for ANAF.", "Nothing to do: the invoice is uploaded again.", Efactura.Core.Findings.Severity.Warning),
                }, cancellationToken).ConfigureAwait(false);
                if (requeued.Applied) LogInterruptedUnsent(Logger, invoice.Id);
                continue;
            }
            var moved = await invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Uploading, InvoiceState.Reconciling)
            {
                Claimer = Claimer,
                NextAttemptAt = Time.GetUtcNow(),
                Error = InvoiceFindings.Error(InvoiceErrorCodes.UploadInterrupted,
                    "The upload was interrupted (the process stopped) and ANAF may have received it.",
                    "Nothing to do: ANAF's message list is searched for it before it is uploaded again.", Efactura.Core.Findings.Severity.Warning),
            }, cancellationToken).ConfigureAwait(false);
            if (moved.Applied) LogInterrupted(Logger, invoice.Id);
        }
        return stuck.Count;
    }

    private async Task SubmitAsync(InvoiceRecord invoice, Company? company, CancellationToken cancellationToken)
    {
        var xml = await documents.GetAsync(invoice.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Xml, cancellationToken).ConfigureAwait(false);
        var document = xml is null ? null : Read(xml.Content);
        var started = await invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Queued, InvoiceState.Uploading)
        {
            Claimer = Claimer,
            CountsUploadAttempt = document is not null,
            NextAttemptAt = Time.GetUtcNow() + outgoing.UploadLease,
        }, cancellationToken).ConfigureAwait(false);
        if (!started.Applied) return;
        var uploading = started.Invoice!;
        if (company is null || xml is null || document is null)
        {
            await FinishAsync(uploading, InvoiceState.Failed, null, InvoiceFindings.Error(InvoiceErrorCodes.XmlMissing,
                "The invoice's stored UBL XML is missing or cannot be read, so there is nothing to upload.",
                "Create the invoice again.")).ConfigureAwait(false);
            return;
        }

        UploadResult result;
        try
        {
            // The first request goes on the slot taken above; each request leaves only once upload_sent_at is committed
            // for this attempt, its lease still held (InvoiceRepository.MarkUploadSentAsync).
            var client = await anaf.ForCompanyAsync(company, invoice.Environment, budget => new UploadSendGate(budget,
                ct => invoices.MarkUploadSentAsync(uploading, Time.GetUtcNow() + outgoing.UploadLease, ct))).ConfigureAwait(false);
            result = await client.UploadAsync(UploadRequests.For(xml.Content, document, company), cancellationToken).ConfigureAwait(false);
        }
        catch (UploadLeaseLostException)
        {
            // Not sent: another node took the invoice over while this attempt waited, and settles it.
            LogLeaseLost(Logger, invoice.Id);
            return;
        }
        catch (AnafNotConnectedException)
        {
            await FinishAsync(uploading, InvoiceState.Failed, null, InvoiceFindings.Error(InvoiceErrorCodes.NotConnected,
                "The company is not connected to ANAF, so the invoice was not sent.",
                $"Connect the company (GET /v1/anaf/connect?companyId={company.Id}), then retry the invoice.")).ConfigureAwait(false);
            return;
        }
        await RecordAsync(uploading, result).ConfigureAwait(false);
    }

    private async Task RecordAsync(InvoiceRecord invoice, UploadResult result)
    {
        switch (result)
        {
            case UploadAccepted accepted:
                await FinishAsync(invoice, InvoiceState.Submitted, accepted.UploadIndex.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
                    Time.GetUtcNow() + outgoing.StatusFirstPoll).ConfigureAwait(false);
                LogSubmitted(Logger, invoice.Id, accepted.UploadIndex);
                return;
            case UnknownOutcome unknown:
                await FinishAsync(invoice, InvoiceState.Reconciling, null, InvoiceFindings.Error(InvoiceErrorCodes.UploadUnknown, unknown.Error,
                    "Nothing to do: ANAF's message list is searched for this upload before the invoice is uploaded again."),
                    Time.GetUtcNow() + outgoing.ReconcileInterval).ConfigureAwait(false);
                LogUnknown(Logger, invoice.Id, unknown.Error.Kind);
                return;
            case UploadRefused refused:
                await RefusedAsync(invoice, refused.Error).ConfigureAwait(false);
                return;
        }
    }

    private async Task RefusedAsync(InvoiceRecord invoice, AnafError error)
    {
        var (state, code, fix) = Classify(error);
        // The token itself was refused: the connection shows it (expired, with the reason) until the company connects again.
        if (error.Kind == AnafErrorKind.Forbidden)
            await connections.RecordRefusedAsync(invoice.TenantId, invoice.CompanyId,
                $"ANAF refused the access token ({error.Detail}) at {Time.GetUtcNow():yyyy-MM-dd HH:mm}Z: connect the company again.", CancellationToken.None).ConfigureAwait(false);
        if (state == InvoiceState.Queued)
        {
            var next = Time.GetUtcNow() + RetryDelay(invoice.UploadAttempts);
            await FinishAsync(invoice, state, null, InvoiceFindings.Error(code, error, fix), next).ConfigureAwait(false);
            LogNotSent(Logger, invoice.Id, error.Kind, next);
            return;
        }
        await FinishAsync(invoice, state, null, InvoiceFindings.Error(code, error, fix)).ConfigureAwait(false);
        LogRefused(Logger, invoice.Id, error.Kind, state);
    }

    // What a refused upload means for the invoice. Only answers that prove the file was not stored reach here.
    private static (InvoiceState State, string Code, string Fix) Classify(AnafError error)
    {
        const string later = "Nothing to do: the upload is tried again later.";
        return error.Kind switch
        {
            AnafErrorKind.Refused => error.Explanation?.Category switch
            {
                AnafMessageCategory.InvalidDocument => (InvoiceState.Rejected, InvoiceErrorCodes.UploadRefused, "Correct the invoice as each finding says and issue it again."),
                AnafMessageCategory.DailyLimit or AnafMessageCategory.Technical => (InvoiceState.Queued, InvoiceErrorCodes.NotSent, later),
                _ => (InvoiceState.Failed, InvoiceErrorCodes.UploadRefused, "Fix what each finding says, then retry the invoice."),
            },
            AnafErrorKind.Forbidden => (InvoiceState.Failed, InvoiceErrorCodes.Forbidden, "ANAF refused the company's token: connect the company again, then retry the invoice."),
            AnafErrorKind.BadRequest or AnafErrorKind.NotFound or AnafErrorKind.InvalidGrant or AnafErrorKind.OAuth =>
                (InvoiceState.Failed, InvoiceErrorCodes.UploadRefused, "Check the gateway's ANAF configuration, then retry the invoice."),
            _ => (InvoiceState.Queued, InvoiceErrorCodes.NotSent, later),
        };
    }

    private TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(outgoing.RetryMaxDelay.Ticks, outgoing.RetryBaseDelay.Ticks * factor));
        return delay;
    }

    // The claim was released when the invoice became uploading; the state check alone guards the outcome.
    // Recorded even when shutdown began during the call: the outcome is known now and would be lost otherwise.
    private async Task FinishAsync(InvoiceRecord invoice, InvoiceState to, string? index, InvoiceError? error, DateTimeOffset? next = null)
    {
        var result = await invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Uploading, to)
        {
            IndexIncarcare = index,
            NextAttemptAt = next,
            Error = error,
        }, CancellationToken.None).ConfigureAwait(false);
        if (!result.Applied) LogOutcomeLost(Logger, invoice.Id, to, result.Outcome);
    }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Invoice {InvoiceId} submitted to ANAF with index {UploadIndex}")]
    private static partial void LogSubmitted(ILogger logger, Guid invoiceId, long uploadIndex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoice {InvoiceId}: the upload's outcome is unknown ({ErrorKind}); it is reconciled")]
    private static partial void LogUnknown(ILogger logger, Guid invoiceId, AnafErrorKind errorKind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoice {InvoiceId}: the upload was not sent ({ErrorKind}); next attempt at {NextAttemptAt}")]
    private static partial void LogNotSent(ILogger logger, Guid invoiceId, AnafErrorKind errorKind, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoice {InvoiceId}: ANAF refused the upload ({ErrorKind}); now {State}")]
    private static partial void LogRefused(ILogger logger, Guid invoiceId, AnafErrorKind errorKind, InvoiceState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoice {InvoiceId} was left uploading by a stopped process; it is reconciled")]
    private static partial void LogInterrupted(ILogger logger, Guid invoiceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoice {InvoiceId} was left uploading by a stopped process before its request left; it is queued again")]
    private static partial void LogInterruptedUnsent(ILogger logger, Guid invoiceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoice {InvoiceId}: the upload attempt lost its lease before sending, so it sent nothing; another node has it")]
    private static partial void LogLeaseLost(ILogger logger, Guid invoiceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoice {InvoiceId}: the upload's outcome ({State}) was not recorded: {Outcome}")]
    private static partial void LogOutcomeLost(ILogger logger, Guid invoiceId, InvoiceState state, TransitionOutcome outcome);
}
