namespace Efactura.Server.Storage.Incoming;

/// <summary>
/// A buyer's reply (RASP) the company received about one of its invoices: ANAF's buyer message (MESAJ CUMPARATOR),
/// read, with the outgoing invoice whose upload index it names, when the company has it.
/// </summary>
/// <param name="Id">Our id.</param>
/// <param name="TenantId">Whose it is.</param>
/// <param name="CompanyId">The supplier company that received it.</param>
/// <param name="MessageId">Our id of the SPV message it came in.</param>
/// <param name="AnsweredIndex">The upload index (<c>index_incarcare</c>) of the invoice it answers.</param>
/// <param name="Text">The buyer's text.</param>
/// <param name="ReplyIndex">ANAF's upload index of the reply itself (the message's <c>id_solicitare</c>), if listed.</param>
/// <param name="ListedAt">ANAF's creation time of the message (UTC).</param>
/// <param name="CreatedAt">When we stored it.</param>
/// <param name="InvoiceId">The company's outgoing invoice with upload index <paramref name="AnsweredIndex"/>, or null when we do not know it.</param>
/// <param name="InvoiceNumber">That invoice's number.</param>
public sealed record ReceivedReply(
    Guid Id,
    Guid TenantId,
    Guid CompanyId,
    Guid MessageId,
    string AnsweredIndex,
    string Text,
    string? ReplyIndex,
    DateTimeOffset ListedAt,
    DateTimeOffset CreatedAt,
    Guid? InvoiceId,
    string? InvoiceNumber);
