using System.Text.Json;
using Efactura.Core.Json;
using Efactura.Core.Model;
using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Workers.Incoming;

/// <summary>Turns a received invoice, read from ANAF's ZIP, into the row the gateway stores and its event.</summary>
public static class ReceivedInvoiceReader
{
    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The row for <paramref name="invoice"/>: supplier, number, type, date, currency, amount due, and the invoice in
    /// the JSON contract with the totals as the document states them (<c>expectedTotals</c>, BG-22).
    /// </summary>
    public static NewIncomingInvoice ToNew(Guid tenantId, Guid companyId, string anafMessageId, DateTimeOffset receivedAt, Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return new NewIncomingInvoice(
            tenantId, companyId, anafMessageId, SupplierId(invoice.Seller), invoice.Seller.Name, invoice.Number, invoice.TypeCode.Code,
            invoice.IssueDate, invoice.CurrencyCode, invoice.Totals.PayableAmount, InvoiceJson.WriteWithStatedTotals(invoice), receivedAt);
    }

    /// <summary>The <c>data</c> of the <c>incoming.received</c> event: what a receiver needs to fetch and file it.</summary>
    public static string EventData(IncomingInvoice stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var invoice = stored.Invoice;
        return JsonSerializer.Serialize(new
        {
            incomingInvoiceId = stored.Id,
            companyId = invoice.CompanyId,
            anafMessageId = invoice.AnafMessageId,
            supplierId = invoice.SupplierId,
            supplierName = invoice.SupplierName,
            number = invoice.Number,
            typeCode = invoice.TypeCode,
            issueDate = invoice.IssueDate,
            currency = invoice.Currency,
            totalAmount = invoice.TotalAmount,
            receivedAt = invoice.ReceivedAt,
            signature = invoice.Signature,
        }, EventJson);
    }

    // The VAT number (BT-31) identifies a Romanian supplier in ANAF's lists; else the legal id (BT-30) or BT-32.
    private static string SupplierId(Party seller) =>
        seller.VatIdentifier ?? seller.LegalRegistrationId?.Value ?? seller.TaxRegistrationId ?? "";
}
