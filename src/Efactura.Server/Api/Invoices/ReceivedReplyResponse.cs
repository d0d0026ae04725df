using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Api.Invoices;

/// <summary>A buyer's reply (RASP) received about one of the company's invoices (an SPV message MESAJ CUMPARATOR).</summary>
/// <param name="Id">Our id.</param>
/// <param name="CompanyId">The supplier company that received it.</param>
/// <param name="AnsweredIndex">The upload index (<c>index_incarcare</c>) of the invoice it answers.</param>
/// <param name="Text">The buyer's text.</param>
/// <param name="MessageId">The SPV message it came in (<c>/v1/messages/{id}</c>).</param>
/// <param name="ListedAt">When ANAF listed it.</param>
/// <param name="ReceivedAt">When the sync stored it.</param>
public sealed record ReceivedReplyResponse(Guid Id, Guid CompanyId, string AnsweredIndex, string Text, Guid MessageId, DateTimeOffset ListedAt, DateTimeOffset ReceivedAt)
{
    /// <summary>The company's invoice with that upload index; absent when we do not know it (the reply is kept all the same).</summary>
    public Guid? InvoiceId { get; init; }

    /// <summary>That invoice's number.</summary>
    public string? InvoiceNumber { get; init; }

    /// <summary>ANAF's upload index of the reply itself.</summary>
    public string? ReplyIndex { get; init; }

    /// <summary>The API shape of <paramref name="reply"/>.</summary>
    public static ReceivedReplyResponse From(ReceivedReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new(reply.Id, reply.CompanyId, reply.AnsweredIndex, reply.Text, reply.MessageId, reply.ListedAt, reply.CreatedAt)
        {
            InvoiceId = reply.InvoiceId,
            InvoiceNumber = reply.InvoiceNumber,
            ReplyIndex = reply.ReplyIndex,
        };
    }
}
