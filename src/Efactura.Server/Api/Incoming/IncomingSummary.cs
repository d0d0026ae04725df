using Efactura.Server.Storage.Incoming;

namespace Efactura.Server.Api.Incoming;

/// <summary>A received invoice in lists.</summary>
/// <param name="Id">Our id.</param>
/// <param name="CompanyId">The receiving company.</param>
/// <param name="AnafMessageId">ANAF's message id it came with.</param>
/// <param name="SupplierId">The supplier's VAT number or CUI (BT-31/BT-30).</param>
/// <param name="SupplierName">The supplier's name (BT-27).</param>
/// <param name="Number">The invoice number (BT-1).</param>
/// <param name="TypeCode">The type code (BT-3), e.g. 380 or 381.</param>
/// <param name="IssueDate">The issue date (BT-2).</param>
/// <param name="Currency">The invoice currency (BT-5).</param>
/// <param name="TotalAmount">The amount due (BT-115), exact.</param>
/// <param name="ReceivedAt">When ANAF made the message (UTC).</param>
/// <param name="CreatedAt">When the gateway stored it.</param>
public sealed record IncomingSummary(
    Guid Id, Guid CompanyId, string AnafMessageId, string SupplierId, string SupplierName, string Number, string TypeCode,
    DateOnly IssueDate, string Currency, decimal TotalAmount, DateTimeOffset ReceivedAt, DateTimeOffset CreatedAt)
{
    /// <summary>
    /// The check of ANAF's signature on the ZIP: <c>verified</c> (ANAF's pinned certificate, valid when it signed),
    /// <c>unknown-signer</c> or <c>invalid</c>; the ZIP is stored whatever it says.
    /// </summary>
    public string? Signature { get; init; }

    /// <summary>The API shape of <paramref name="incoming"/>.</summary>
    public static IncomingSummary From(IncomingInvoice incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var i = incoming.Invoice;
        return new(incoming.Id, i.CompanyId, i.AnafMessageId, i.SupplierId, i.SupplierName, i.Number, i.TypeCode, i.IssueDate, i.Currency,
            i.TotalAmount, i.ReceivedAt, incoming.CreatedAt)
        {
            Signature = i.Signature,
        };
    }
}
