using System.Text.Json;
using Efactura.Core.Json;
using Efactura.Core.Model;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Partners;

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

    /// <summary>
    /// The supplier of <paramref name="invoice"/> as a partner of the receiving company, with its lines' items as its
    /// products; null when the supplier has no identifier to key it by (no BT-31, BT-30 or BT-32).
    /// </summary>
    public static ReceivedSupplier? Supplier(Guid tenantId, Guid companyId, DateTimeOffset receivedAt, Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var seller = invoice.Seller;
        var register = TradeRegister(seller);
        var identifier = PartnerKey(seller.VatIdentifier ?? (seller.LegalRegistrationId?.Value is { } legal && legal != register ? legal : null)
            ?? seller.TaxRegistrationId);
        if (identifier is null) return null;
        var address = seller.Address;
        var street = string.Join(", ", new[] { address.Line1, address.Line2, address.Line3 }.Where(l => !string.IsNullOrWhiteSpace(l)));
        var partner = new PartnerDetails(
            identifier, seller.VatIdentifier, seller.Name, street.Length == 0 ? null : street, address.City, address.CountrySubdivision, address.PostalCode,
            address.CountryCode, invoice.PaymentInstructions.Select(p => p.CreditTransfer?.AccountId).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)),
            register);
        var products = invoice.Lines.Select(line => new ProductDetails(
            string.IsNullOrWhiteSpace(line.Item.SellersId) ? null : line.Item.SellersId.Trim(), line.Item.Name, line.UnitCode, line.Price.NetAmount,
            line.Price.BaseQuantity, Classification(line.Item, ItemClassification.Cpv), Classification(line.Item, ItemClassification.CombinedNomenclature)))
            .ToList();
        return new ReceivedSupplier(tenantId, companyId, partner, products, invoice.CurrencyCode, invoice.IssueDate, receivedAt);
    }

    // A Romanian CUI is keyed without its RO prefix, so "RO123" (BT-31) and "123" (BT-30) are one partner; a CNP or a
    // foreign VAT number as written (upper case, no spaces).
    private static string? PartnerKey(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        var key = string.Concat(id.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return key.StartsWith("RO", StringComparison.Ordinal) && key.Length > 2 && key[2..].All(char.IsAsciiDigit) ? key[2..] : key;
    }

    // The Romanian trade register number (J40/123/2020, or ONRC's newer J2020000123401) is often written as BT-30,
    // else in BT-33's free text.
    private static string? TradeRegister(Party seller)
    {
        if (seller.LegalRegistrationId?.Value.Trim() is { } legal && LooksLikeRegister(legal)) return legal;
        return seller.AdditionalLegalInformation?.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(LooksLikeRegister);
    }

    private static bool LooksLikeRegister(string text) =>
        text.Length > 2 && char.ToUpperInvariant(text[0]) is 'J' or 'F' or 'C' && char.IsAsciiDigit(text[1]) && text.Skip(1).All(c => char.IsAsciiDigit(c) || c == '/');

    private static string? Classification(Item item, string listId) =>
        item.Classifications.FirstOrDefault(c => c.ListId == listId)?.Code;

    // The VAT number (BT-31) identifies a Romanian supplier in ANAF's lists; else the legal id (BT-30) or BT-32.
    private static string SupplierId(Party seller) =>
        seller.VatIdentifier ?? seller.LegalRegistrationId?.Value ?? seller.TaxRegistrationId ?? "";
}
