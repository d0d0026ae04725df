using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Api.Incoming;

/// <summary>A buyer's reply (RASP) sent about a received invoice.</summary>
/// <param name="Id">Our id.</param>
/// <param name="IncomingInvoiceId">The received invoice it answers.</param>
/// <param name="AnsweredIndex">The invoice's ANAF upload index (<c>index_incarcare</c>) the reply names.</param>
/// <param name="Text">The message.</param>
/// <param name="State"><c>sent</c> (ANAF took it: <paramref name="UploadIndex"/> is set) or <c>unknown</c> (the upload's answer was lost; do not resend before the message list shows whether ANAF has it).</param>
/// <param name="UploadIndex">ANAF's upload index of the reply.</param>
/// <param name="MessageId">The SPV message (<c>/v1/messages/{id}</c>) ANAF's list shows for the reply, once the sync recorded it.</param>
/// <param name="ListedAt">When ANAF listed it.</param>
/// <param name="CreatedAt">When it was sent.</param>
public sealed record ReplyResponse(
    Guid Id, Guid IncomingInvoiceId, string AnsweredIndex, string Text, string State, string? UploadIndex, Guid? MessageId, DateTimeOffset? ListedAt,
    DateTimeOffset CreatedAt)
{
    /// <summary>The API shape of <paramref name="reply"/>.</summary>
    public static ReplyResponse From(IncomingReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new(reply.Id, reply.IncomingInvoiceId, reply.AnsweredIndex, reply.Text, reply.UploadIndex is null ? "unknown" : "sent", reply.UploadIndex,
            reply.ListedMessageId, reply.ListedAt, reply.CreatedAt);
    }
}
