using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Partners;

namespace Efactura.Server.Storage.Incoming;

// The incoming sync's way in: the invoice, its documents and its event in one transaction.
public sealed partial class IncomingInvoiceRepository
{
    /// <summary>
    /// Stores a received invoice with its <paramref name="documents"/> and the event <paramref name="eventFor"/>
    /// makes of it, all or nothing; null when this message was stored before (nothing is written then) or the
    /// company is not the tenant's.
    /// </summary>
    public Task<IncomingInvoice?> ReceiveAsync(
        NewIncomingInvoice invoice, IReadOnlyList<ReceivedDocument> documents, Func<IncomingInvoice, NewEvent> eventFor, CancellationToken cancellationToken) =>
        ReceiveAsync(invoice, null, documents, eventFor, cancellationToken);

    /// <summary>
    /// As <see cref="ReceiveAsync(NewIncomingInvoice, IReadOnlyList{ReceivedDocument}, Func{IncomingInvoice, NewEvent}, CancellationToken)"/>,
    /// and records the invoice's <paramref name="supplier"/> as the company's partner with its products in the same
    /// transaction; a repeated message records nothing.
    /// </summary>
    public async Task<IncomingInvoice?> ReceiveAsync(
        NewIncomingInvoice invoice, ReceivedSupplier? supplier, IReadOnlyList<ReceivedDocument> documents, Func<IncomingInvoice, NewEvent> eventFor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(eventFor);
        var now = time.GetUtcNow();
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var stored = await InsertAsync(session, invoice, cancellationToken).ConfigureAwait(false);
        if (stored is null) return null;
        foreach (var document in documents)
        {
            await DocumentRepository.InsertNewAsync(session, invoice.TenantId, DocumentOwnerType.Incoming, stored.Id, document.Kind, document.Content, time, cancellationToken)
                .ConfigureAwait(false);
        }
        if (supplier is not null) await PartnerRepository.RecordAsync(session, supplier, time, cancellationToken).ConfigureAwait(false);
        await EventRepository.AppendAsync(session, eventFor(stored), now, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return stored;
    }

    /// <summary>The company's invoice received with ANAF message <paramref name="anafMessageId"/>, or null.</summary>
    public async Task<IncomingInvoice?> FindByMessageAsync(Guid tenantId, Guid companyId, string anafMessageId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {Columns} FROM incoming_invoices WHERE tenant_id = @tenant AND company_id = @company AND anaf_message_id = @message",
            Read, cancellationToken, ("tenant", tenantId), ("company", companyId), ("message", anafMessageId)).ConfigureAwait(false);
    }
}
