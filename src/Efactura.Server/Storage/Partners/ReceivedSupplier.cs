namespace Efactura.Server.Storage.Partners;

/// <summary>A received invoice's supplier and the items it invoiced: what the incoming sync records as a partner.</summary>
/// <param name="TenantId">Whose it is.</param>
/// <param name="CompanyId">The receiving company, whose partner the supplier becomes.</param>
/// <param name="Partner">The supplier.</param>
/// <param name="Products">The items of the invoice's lines, one per key.</param>
/// <param name="Currency">The invoice currency (BT-5): the prices' currency.</param>
/// <param name="IssueDate">BT-2: which invoice is newer.</param>
/// <param name="ReceivedAt">ANAF's time of the message: which invoice is newer on the same issue date.</param>
public sealed record ReceivedSupplier(
    Guid TenantId,
    Guid CompanyId,
    PartnerDetails Partner,
    IReadOnlyList<ProductDetails> Products,
    string Currency,
    DateOnly IssueDate,
    DateTimeOffset ReceivedAt);
