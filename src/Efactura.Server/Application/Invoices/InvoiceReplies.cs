using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Application.Invoices;

/// <summary>
/// The buyers' replies (RASP) the tenant's companies received: those about one outgoing invoice (named by its upload
/// index), or all of them, optionally only those whose invoice we do not know.
/// </summary>
public sealed class InvoiceReplies(InvoiceRepository invoices, CompanyRepository companies, ReceivedReplyRepository replies)
{
    /// <summary>A page of the replies received about the tenant's invoice <paramref name="invoiceId"/>, oldest first; none before ANAF gave it an upload index.</summary>
    /// <exception cref="InvalidCursorException">The page's cursor is not one this server gave.</exception>
    public async Task<Outcome<Page<ReceivedReply>>> ForInvoiceAsync(Guid tenantId, Guid invoiceId, PageRequest page, CancellationToken cancellationToken)
    {
        var invoice = await invoices.GetAsync(tenantId, invoiceId, cancellationToken).ConfigureAwait(false);
        if (invoice is null) return new Refusal.Missing($"There is no invoice {invoiceId}.");
        if (invoice.IndexIncarcare is not { } index) return new Page<ReceivedReply>([], null);
        return await replies.ListForInvoiceAsync(tenantId, invoice.CompanyId, index, page, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A page of the tenant's received replies, newest first, optionally one company's and only the unlinked ones.</summary>
    /// <exception cref="InvalidCursorException">The page's cursor is not one this server gave.</exception>
    public async Task<Outcome<Page<ReceivedReply>>> ListAsync(Guid tenantId, Guid? companyId, bool unlinkedOnly, PageRequest page, CancellationToken cancellationToken)
    {
        if (companyId is { } id && await companies.GetAsync(tenantId, id, cancellationToken).ConfigureAwait(false) is null)
            return new Refusal.Missing($"There is no company {id}.");
        return await replies.ListAsync(tenantId, companyId, unlinkedOnly, page, cancellationToken).ConfigureAwait(false);
    }
}
