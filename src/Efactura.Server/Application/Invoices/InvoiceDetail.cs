using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Application.Invoices;

/// <summary>An invoice with everything its page shows.</summary>
/// <param name="Invoice">The invoice.</param>
/// <param name="Documents">Its stored documents (XML, ZIP, signature, ...).</param>
/// <param name="CreditNotes">The credit notes made by voiding it.</param>
/// <param name="History">Its events, oldest first: every state it went through.</param>
public sealed record InvoiceDetail(
    InvoiceRecord Invoice, IReadOnlyList<StoredDocument> Documents, IReadOnlyList<InvoiceRecord> CreditNotes, IReadOnlyList<StoredEvent> History)
{
    /// <summary>The buyers' replies (RASP) received about it, oldest first: the first <see cref="InvoiceQueries.RepliesInDetail"/>.</summary>
    public IReadOnlyList<ReceivedReply> Replies { get; init; } = [];
}
