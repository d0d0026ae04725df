namespace Efactura.Server.Storage.Incoming;

/// <summary>
/// A row of the received-invoices list: a stored (downloaded) invoice, or ANAF's listing of one not downloaded yet
/// (then only ANAF's detail text is known).
/// </summary>
/// <param name="Id">The stored invoice's id when downloaded, else the SPV message's id.</param>
/// <param name="CompanyId">The receiving company.</param>
/// <param name="Downloaded">True for a stored invoice.</param>
/// <param name="SupplierId">The supplier's identifier (downloaded only).</param>
/// <param name="SupplierName">The supplier's name (downloaded only).</param>
/// <param name="Number">The invoice number (downloaded only).</param>
/// <param name="IssueDate">The issue date (downloaded only).</param>
/// <param name="Currency">The currency (downloaded only).</param>
/// <param name="TotalAmount">The amount due (downloaded only).</param>
/// <param name="ReceivedAt">ANAF's creation time of the message.</param>
/// <param name="Details">ANAF's detail text (not downloaded only).</param>
public sealed record ReceivedEntry(
    Guid Id,
    Guid CompanyId,
    bool Downloaded,
    string? SupplierId,
    string? SupplierName,
    string? Number,
    DateOnly? IssueDate,
    string? Currency,
    decimal? TotalAmount,
    DateTimeOffset ReceivedAt,
    string? Details);
