using System.Globalization;
using Efactura.Anaf;
using Efactura.Anaf.Archives;
using Efactura.Anaf.Results;
using Efactura.Core.Calendar;
using Efactura.Core.Model;
using Efactura.Server.Anaf;
using Efactura.Server.Observability;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Incoming;
using Efactura.Ubl;
using AnafMessage = Efactura.Anaf.Results.SpvMessage;
using StoredMessage = Efactura.Server.Storage.Incoming.SpvMessage;

namespace Efactura.Server.Workers.Incoming;

/// <summary>
/// Worker <c>incoming-sync</c>: for each company whose sync is due, reads ANAF's paginated message list over its
/// <see cref="CompanySettings.SyncDaysBack"/> days (at most 60, ANAF's retention) and records every message
/// (deduplicated by ANAF's id); then downloads each new received invoice (FACTURA PRIMITA), verifies ANAF's
/// signature, parses it (UBL or CII, told from the root element) and stores it with its ZIP and the event <c>incoming.received</c>, all in one transaction;
/// and each new buyer's message (MESAJ CUMPARATOR, RASP): a reply to one of the company's invoices is stored with the
/// event <c>invoice.reply_received</c>, one of the company's own replies completes the reply it sent (see <c>IncomingSync.Replies.cs</c>).
/// Both steps are claims in the database, so a restarted process or another node carries on.
/// </summary>
public sealed partial class IncomingSync(
    CompanyRepository companies,
    SpvMessageRepository messages,
    IncomingInvoiceRepository incoming,
    ReceivedReplyRepository receivedReplies,
    IncomingReplyRepository sentReplies,
    AnafClients clients,
    AnafConnectionRepository connections,
    NodeIdentity node,
    AnafCallMetrics metrics,
    IncomingSyncOptions sync,
    WorkerOptions options,
    TimeProvider time,
    ILogger<IncomingSync> logger) : WorkerLoop(options, time, logger)
{
    /// <summary>The worker's name.</summary>
    public const string WorkerName = "incoming-sync";

    private readonly InvoiceXmlReader _reader = new();

    /// <inheritdoc />
    public override string Name => WorkerName;

    private string Claimer => node.Claimer(WorkerName);

    /// <inheritdoc />
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var listed = await SyncDueCompaniesAsync(cancellationToken).ConfigureAwait(false);
        var downloaded = await DownloadDueAsync(cancellationToken).ConfigureAwait(false);
        return listed || downloaded;
    }

    private async Task<bool> SyncDueCompaniesAsync(CancellationToken cancellationToken)
    {
        var due = await companies.ClaimDueSyncAsync(Claimer, Options.Lease, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var company in due)
        {
            var next = await SyncAsync(company, cancellationToken).ConfigureAwait(false);
            await companies.CompleteSyncAsync(company.TenantId, company.Id, Claimer, next, cancellationToken).ConfigureAwait(false);
        }
        return due.Count > 0;
    }

    // Records the company's messages; returns when its next sync is due.
    private async Task<DateTimeOffset> SyncAsync(Company company, CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var client = await clients.ForCompanyAsync(company).ConfigureAwait(false);
        AnafResult<IReadOnlyList<AnafMessage>> listed;
        try
        {
            var days = Math.Min(company.Settings.SyncDaysBack, CompanySettings.MaxSyncDaysBack);
            listed = await client.ListAllMessagesAsync(company.Cui, now.AddDays(-days), now, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (AnafNotConnectedException)
        {
            LogNotConnected(Logger, company.Id);
            return now + sync.Interval;
        }
        if (!listed.IsSuccess)
        {
            LogListFailed(Logger, company.Id, listed.Error.Kind, listed.Error.HttpStatus);
            // The token itself was refused: the connection shows it until the company connects again.
            if (listed.Error.Kind == AnafErrorKind.Forbidden)
                await connections.RecordRefusedAsync(company.TenantId, company.Id,
                    $"ANAF refused the access token ({listed.Error.Detail}) at {now:yyyy-MM-dd HH:mm}Z: connect the company again.", cancellationToken).ConfigureAwait(false);
            return now + sync.RetryAfterFailure;
        }
        var recorded = 0;
        foreach (var message in listed.Value)
        {
            if (await messages.RecordAsync(company.TenantId, company.Id, ToNew(message), cancellationToken).ConfigureAwait(false) is not null) recorded++;
        }
        LogListed(Logger, company.Id, listed.Value.Count, recorded);
        return now + sync.Interval;
    }

    private async Task<bool> DownloadDueAsync(CancellationToken cancellationToken)
    {
        var due = await messages.ClaimDueDownloadsAsync(Claimer, Options.Lease, Options.BatchSize, cancellationToken).ConfigureAwait(false);
        foreach (var message in due)
        {
            var retryAt = await ReceiveAsync(message, cancellationToken).ConfigureAwait(false);
            await messages.CompleteDownloadAsync(message.Id, Claimer, retryAt, cancellationToken).ConfigureAwait(false);
        }
        return due.Count > 0;
    }

    // Downloads, checks and stores one received invoice or buyer's message; returns when to try again, or null when done with it.
    private async Task<DateTimeOffset?> ReceiveAsync(StoredMessage message, CancellationToken cancellationToken)
    {
        if (NewSpvMessage.IsBuyerMessage(message.Type)) return await ReceiveReplyAsync(message, cancellationToken).ConfigureAwait(false);
        // Stored before the process stopped, but not marked downloaded: no second download (ANAF counts them).
        if (await incoming.FindByMessageAsync(message.TenantId, message.CompanyId, message.AnafId, cancellationToken).ConfigureAwait(false) is not null)
            return null;
        var company = await companies.GetAsync(message.TenantId, message.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null || message.Type != NewSpvMessage.ReceivedInvoiceType) return null;
        var (archive, retryAt) = await DownloadAsync(company, message, "incoming", cancellationToken).ConfigureAwait(false);
        return archive is null ? retryAt : await StoreAsync(company, message, archive, cancellationToken).ConfigureAwait(false);
    }

    // The message's ZIP with its signature checked (whatever the check says, the ZIP is what ANAF sent: it is kept and
    // not downloaded again), or null and when to try again (null: never).
    private async Task<(DownloadedArchive? Archive, DateTimeOffset? RetryAt)> DownloadAsync(
        Company company, StoredMessage message, string source, CancellationToken cancellationToken)
    {
        if (!long.TryParse(message.AnafId, NumberStyles.None, CultureInfo.InvariantCulture, out var downloadId)) return (null, null);
        var client = await clients.ForCompanyAsync(company).ConfigureAwait(false);
        AnafResult<DownloadedArchive> downloaded;
        try
        {
            downloaded = await client.DownloadAsync(downloadId, cancellationToken).ConfigureAwait(false);
        }
        catch (AnafNotConnectedException)
        {
            LogNotConnected(Logger, company.Id);
            return (null, Retry(message));
        }
        if (!downloaded.IsSuccess)
        {
            LogDownloadFailed(Logger, company.Id, message.AnafId, downloaded.Error.Kind, downloaded.Error.HttpStatus, message.DownloadAttempts + 1);
            return (null, Retry(message));
        }
        var verification = downloaded.Value.Signature;
        metrics.Signatures.Increment(source, verification.Outcome.Name());
        if (verification.Outcome != SignatureOutcome.Verified)
            LogSignatureNotVerified(Logger, company.Id, message.AnafId, verification.Outcome.Name(), verification.Failure);
        return (downloaded.Value, null);
    }

    private async Task<DateTimeOffset?> StoreAsync(Company company, StoredMessage message, DownloadedArchive archive, CancellationToken cancellationToken)
    {
        Invoice invoice;
        try
        {
            invoice = _reader.Read(new MemoryStream(archive.Contents.Document, writable: false));
        }
        catch (UblReadException e)
        {
            // A new download would bring the same bytes: give up on this message, loudly.
            LogUnreadable(Logger, company.Id, message.AnafId, e.Line, e.Column);
            return null;
        }
        var row = ReceivedInvoiceReader.ToNew(company.TenantId, company.Id, message.AnafId, message.AnafCreatedAt, invoice) with
        {
            Signature = archive.Signature.Outcome.Name(),
        };
        ReceivedDocument[] documents =
        [
            new(DocumentKind.Zip, archive.Zip),
            new(DocumentKind.Xml, archive.Contents.Document),
            new(DocumentKind.Signature, archive.Contents.Signature),
        ];
        var supplier = ReceivedInvoiceReader.Supplier(company.TenantId, company.Id, message.AnafCreatedAt, invoice);
        var stored = await incoming.ReceiveAsync(row, supplier, documents, EventFor, cancellationToken).ConfigureAwait(false);
        if (stored is not null) LogReceived(Logger, company.Id, stored.Id, message.AnafId);
        return null;
    }

    private static NewEvent EventFor(IncomingInvoice stored) =>
        new(stored.Invoice.TenantId, EventTypes.IncomingReceived, ReceivedInvoiceReader.EventData(stored))
        {
            SubjectId = stored.Id,
            CompanyId = stored.Invoice.CompanyId,
        };

    private DateTimeOffset? Retry(StoredMessage message)
    {
        var attempts = message.DownloadAttempts + 1;
        if (attempts < sync.MaxDownloadAttempts) return Time.GetUtcNow() + sync.DownloadBackoff(message.DownloadAttempts);
        LogGaveUp(Logger, message.CompanyId, message.AnafId, attempts);
        return null;
    }

    // ANAF's data_creare is Romanian wall time (anaf-api.md §4.1); stored in UTC.
    private static NewSpvMessage ToNew(AnafMessage message) => new(
        message.DownloadId.ToString(CultureInfo.InvariantCulture),
        message.RawType,
        message.Cif,
        message.UploadIndex.ToString(CultureInfo.InvariantCulture),
        message.Details,
        new DateTimeOffset(message.CreatedAt, RomanianTime.Zone.GetUtcOffset(message.CreatedAt)).ToUniversalTime());

    [LoggerMessage(Level = LogLevel.Information, Message = "Incoming sync of company {CompanyId}: {Listed} messages listed, {Recorded} new")]
    private static partial void LogListed(ILogger logger, Guid companyId, int listed, int recorded);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incoming sync of company {CompanyId}: the message list failed ({ErrorKind}, HTTP {HttpStatus}); trying again later")]
    private static partial void LogListFailed(ILogger logger, Guid companyId, AnafErrorKind errorKind, int? httpStatus);

    [LoggerMessage(Level = LogLevel.Information, Message = "Incoming sync of company {CompanyId} skipped: the company is not connected to ANAF")]
    private static partial void LogNotConnected(ILogger logger, Guid companyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Company {CompanyId}: download of ANAF message {AnafMessageId} failed ({ErrorKind}, HTTP {HttpStatus}), attempt {Attempt}")]
    private static partial void LogDownloadFailed(ILogger logger, Guid companyId, string anafMessageId, AnafErrorKind errorKind, int? httpStatus, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Company {CompanyId}: ANAF's signature check on message {AnafMessageId} says {Outcome} ({Failure}); the ZIP is stored as sent")]
    private static partial void LogSignatureNotVerified(ILogger logger, Guid companyId, string anafMessageId, string outcome, string? failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Company {CompanyId}: ANAF message {AnafMessageId} holds no readable invoice, UBL or CII (line {Line}, column {Column}); given up")]
    private static partial void LogUnreadable(ILogger logger, Guid companyId, string anafMessageId, int line, int column);

    [LoggerMessage(Level = LogLevel.Error, Message = "Company {CompanyId}: ANAF message {AnafMessageId} could not be downloaded in {Attempts} attempts; given up")]
    private static partial void LogGaveUp(ILogger logger, Guid companyId, string anafMessageId, int attempts);

    [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId}: received invoice {IncomingInvoiceId} stored from ANAF message {AnafMessageId}")]
    private static partial void LogReceived(ILogger logger, Guid companyId, Guid incomingInvoiceId, string anafMessageId);
}
