namespace Efactura.Server.Storage.Incoming;

/// <summary>A buyer's reply (RASP) sent about a received invoice, with the SPV message that later listed it, if any.</summary>
/// <param name="Id">Our id.</param>
/// <param name="TenantId">Whose it is.</param>
/// <param name="CompanyId">The buyer company that sent it.</param>
/// <param name="IncomingInvoiceId">The received invoice it answers.</param>
/// <param name="AnsweredIndex">The invoice's upload index (<c>index_incarcare</c>) the reply names.</param>
/// <param name="Text">The message.</param>
/// <param name="UploadIndex">ANAF's upload index of the reply; null when the upload's outcome is unknown.</param>
/// <param name="CreatedAt">When it was sent.</param>
/// <param name="ListedMessageId">Our id of the buyer message ANAF's list shows for the reply (same company, <c>id_solicitare</c> = <paramref name="UploadIndex"/>), once the sync recorded it.</param>
/// <param name="ListedAt">ANAF's creation time of that message.</param>
public sealed record IncomingReply(
    Guid Id,
    Guid TenantId,
    Guid CompanyId,
    Guid IncomingInvoiceId,
    string AnsweredIndex,
    string Text,
    string? UploadIndex,
    DateTimeOffset CreatedAt,
    Guid? ListedMessageId,
    DateTimeOffset? ListedAt);
