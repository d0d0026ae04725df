using Efactura.Server.Storage;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Application.Invoices;

/// <summary>Reads a tenant's invoices: one with its documents, credit notes, history and received replies, or a filtered page of them.</summary>
public sealed class InvoiceQueries(InvoiceRepository invoices, DocumentRepository documents, EventRepository events, ReceivedReplyRepository replies)
{
    /// <summary>The most received replies an invoice's detail carries; the rest are paged at <c>/v1/invoices/{id}/replies</c>.</summary>
    public const int RepliesInDetail = 100;

    /// <summary>The invoice <paramref name="invoiceId"/> of the tenant, or null.</summary>
    public Task<InvoiceRecord?> GetAsync(Guid tenantId, Guid invoiceId, CancellationToken cancellationToken) =>
        invoices.GetAsync(tenantId, invoiceId, cancellationToken);

    /// <summary>The invoice <paramref name="invoiceId"/> with its documents, credit notes and history, or null.</summary>
    public async Task<InvoiceDetail?> GetDetailAsync(Guid tenantId, Guid invoiceId, CancellationToken cancellationToken)
    {
        var invoice = await invoices.GetAsync(tenantId, invoiceId, cancellationToken).ConfigureAwait(false);
        if (invoice is null) return null;
        var stored = await documents.ListAsync(tenantId, DocumentOwnerType.Invoice, invoice.Id, cancellationToken).ConfigureAwait(false);
        var creditNotes = await invoices.CreditNotesForAsync(tenantId, invoice.Id, cancellationToken).ConfigureAwait(false);
        var history = await events.ListForSubjectAsync(tenantId, invoice.Id, cancellationToken).ConfigureAwait(false);
        var received = invoice.IndexIncarcare is { } index
            ? (await replies.ListForInvoiceAsync(tenantId, invoice.CompanyId, index, new PageRequest(null, RepliesInDetail), cancellationToken).ConfigureAwait(false)).Items
            : [];
        return new InvoiceDetail(invoice, [.. stored], [.. creditNotes], [.. history]) { Replies = received };
    }

    /// <summary>
    /// A page of the tenant's invoices, newest first, matching <paramref name="filter"/>.
    /// </summary>
    /// <exception cref="InvalidCursorException">The page's cursor is not one this server gave.</exception>
    public Task<Page<InvoiceRecord>> ListAsync(Guid tenantId, InvoiceFilter filter, PageRequest page, CancellationToken cancellationToken) =>
        invoices.ListAsync(tenantId, filter, page, cancellationToken);
}
