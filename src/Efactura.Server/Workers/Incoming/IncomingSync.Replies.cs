using System.Globalization;
using System.Text.Json;
using Efactura.Anaf;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Incoming;
using StoredMessage = Efactura.Server.Storage.Incoming.SpvMessage;

namespace Efactura.Server.Workers.Incoming;

// The buyers' messages (MESAJ CUMPARATOR, RASP, anaf-api.md §10). ANAF lists one for both sides under one type, so
// the file tells them apart: a message naming an invoice the company received (its FACTURA PRIMITA) is the company's
// own reply as a buyer; any other is a reply to the company as a supplier, kept whether or not we know its invoice.
public sealed partial class IncomingSync
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    private async Task<DateTimeOffset?> ReceiveReplyAsync(StoredMessage message, CancellationToken cancellationToken)
    {
        // Stored before the process stopped, but not marked downloaded: no second download (ANAF counts them).
        if (await receivedReplies.FindByMessageAsync(message.TenantId, message.Id, cancellationToken).ConfigureAwait(false) is not null) return null;
        // The company's own reply, which ANAF took with this index: nothing to learn from its file.
        if (message.RequestId is { } listedIndex
            && await sentReplies.IsKnownAsync(message.TenantId, message.CompanyId, listedIndex, cancellationToken).ConfigureAwait(false))
            return null;
        var company = await companies.GetAsync(message.TenantId, message.CompanyId, cancellationToken).ConfigureAwait(false);
        if (company is null) return null;
        var (archive, retryAt) = await DownloadAsync(company, message, "reply", cancellationToken).ConfigureAwait(false);
        if (archive is null) return retryAt;
        if (BuyerMessage.TryRead(archive.Contents.Document) is not { } reply)
        {
            // A new download would bring the same bytes: give up on this message, loudly.
            LogUnreadableReply(Logger, company.Id, message.AnafId);
            return null;
        }
        var answered = reply.AnsweredIndex.ToString(CultureInfo.InvariantCulture);
        if (await sentReplies.IsReceivedInvoiceAsync(company.TenantId, company.Id, answered, cancellationToken).ConfigureAwait(false))
        {
            // The company's own reply: one it sent whose upload's answer was lost is now known to be at ANAF.
            if (message.RequestId is { } index
                && await sentReplies.ResolveUnknownAsync(company.TenantId, company.Id, answered, reply.Text, index, cancellationToken).ConfigureAwait(false))
                LogOwnReplyFound(Logger, company.Id, message.AnafId, index);
            return null;
        }
        var stored = await receivedReplies.ReceiveAsync(company.TenantId, company.Id, message.Id, answered, reply.Text, message.RequestId, message.AnafCreatedAt,
            ReplyEvent, cancellationToken).ConfigureAwait(false);
        if (stored is not null) LogReplyReceived(Logger, company.Id, stored.Id, message.AnafId, stored.InvoiceId);
        return null;
    }

    private static NewEvent ReplyEvent(ReceivedReply reply) =>
        new(reply.TenantId, EventTypes.InvoiceReplyReceived, JsonSerializer.Serialize(new
        {
            replyId = reply.Id,
            companyId = reply.CompanyId,
            invoiceId = reply.InvoiceId,
            invoiceNumber = reply.InvoiceNumber,
            answeredIndex = reply.AnsweredIndex,
            replyIndex = reply.ReplyIndex,
            text = reply.Text,
            listedAt = reply.ListedAt,
        }, EventJson))
        {
            SubjectId = reply.Id,
            CompanyId = reply.CompanyId,
        };

    [LoggerMessage(Level = LogLevel.Error, Message = "Company {CompanyId}: ANAF message {AnafMessageId} holds no readable buyer message (RASP); given up")]
    private static partial void LogUnreadableReply(ILogger logger, Guid companyId, string anafMessageId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId}: ANAF message {AnafMessageId} is the company's own reply whose upload answer was lost; ANAF has it as upload {UploadIndex}")]
    private static partial void LogOwnReplyFound(ILogger logger, Guid companyId, string anafMessageId, string uploadIndex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Company {CompanyId}: buyer's reply {ReplyId} stored from ANAF message {AnafMessageId} (invoice {InvoiceId})")]
    private static partial void LogReplyReceived(ILogger logger, Guid companyId, Guid replyId, string anafMessageId, Guid? invoiceId);
}
