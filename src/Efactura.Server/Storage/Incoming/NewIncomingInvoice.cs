namespace Efactura.Server.Storage.Incoming;

/// <summary>A received invoice, downloaded from ANAF and parsed.</summary>
/// <param name="TenantId">Whose it is.</param>
/// <param name="CompanyId">The receiving company.</param>
/// <param name="AnafMessageId">ANAF's message id it came with (deduplication key per company).</param>
/// <param name="SupplierId">The supplier's identifier (BT-31/BT-30).</param>
/// <param name="SupplierName">The supplier's name (BT-27).</param>
/// <param name="Number">BT-1.</param>
/// <param name="TypeCode">BT-3.</param>
/// <param name="IssueDate">BT-2.</param>
/// <param name="Currency">BT-5.</param>
/// <param name="TotalAmount">BT-115, exact.</param>
/// <param name="InvoiceJson">The invoice in the JSON contract.</param>
/// <param name="ReceivedAt">ANAF's creation time of the message (UTC).</param>
public sealed record NewIncomingInvoice(
    Guid TenantId,
    Guid CompanyId,
    string AnafMessageId,
    string SupplierId,
    string SupplierName,
    string Number,
    string TypeCode,
    DateOnly IssueDate,
    string Currency,
    decimal TotalAmount,
    string InvoiceJson,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The check of ANAF's signature on the ZIP: <c>verified</c>, <c>unknown-signer</c> or <c>invalid</c>; null for rows stored before it was recorded.</summary>
    public string? Signature { get; init; }
}
