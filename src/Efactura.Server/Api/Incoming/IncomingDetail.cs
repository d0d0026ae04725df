using System.Text.Json;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Api.Incoming;

/// <summary>A received invoice in full: the list fields, the invoice in the JSON contract, and its stored documents.</summary>
/// <param name="Id">Our id.</param>
/// <param name="CompanyId">The receiving company.</param>
/// <param name="AnafMessageId">ANAF's message id it came with.</param>
/// <param name="SupplierId">The supplier's VAT number or CUI (BT-31/BT-30).</param>
/// <param name="SupplierName">The supplier's name (BT-27).</param>
/// <param name="Number">The invoice number (BT-1).</param>
/// <param name="TypeCode">The type code (BT-3).</param>
/// <param name="IssueDate">The issue date (BT-2).</param>
/// <param name="Currency">The invoice currency (BT-5).</param>
/// <param name="TotalAmount">The amount due (BT-115), exact.</param>
/// <param name="ReceivedAt">When ANAF made the message (UTC).</param>
/// <param name="CreatedAt">When the gateway stored it.</param>
/// <param name="Invoice">The parsed invoice as the JSON invoice contract (docs/json-contract.md), exactly as stored.</param>
/// <param name="Documents">The stored documents (each at <c>/v1/incoming/{id}/documents/{kind}</c>).</param>
public sealed record IncomingDetail(
    Guid Id, Guid CompanyId, string AnafMessageId, string SupplierId, string SupplierName, string Number, string TypeCode,
    DateOnly IssueDate, string Currency, decimal TotalAmount, DateTimeOffset ReceivedAt, DateTimeOffset CreatedAt,
    JsonElement Invoice, IReadOnlyList<DocumentInfo> Documents)
{
    /// <summary>The check of ANAF's signature on the ZIP (see <see cref="IncomingSummary.Signature"/>).</summary>
    public string? Signature { get; init; }

    /// <summary>The API shape of <paramref name="incoming"/> with its <paramref name="documents"/>.</summary>
    public static IncomingDetail From(IncomingInvoice incoming, IEnumerable<StoredDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var s = IncomingSummary.From(incoming);
        using var json = JsonDocument.Parse(incoming.Invoice.InvoiceJson);
        return new(s.Id, s.CompanyId, s.AnafMessageId, s.SupplierId, s.SupplierName, s.Number, s.TypeCode, s.IssueDate, s.Currency, s.TotalAmount,
            s.ReceivedAt, s.CreatedAt, json.RootElement.Clone(), [.. documents.Select(DocumentInfo.From)])
        {
            Signature = s.Signature,
        };
    }
}
