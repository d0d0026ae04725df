namespace Efactura.Server.Storage.Partners;

/// <summary>A stored product of a partner, with the price of the newest invoice that had it.</summary>
/// <param name="Id">The product's id.</param>
/// <param name="PartnerId">The partner who sells it.</param>
/// <param name="Details">The item's data and last price.</param>
/// <param name="Currency">The last price's currency.</param>
/// <param name="PriceDate">The issue date of the invoice the last price comes from.</param>
/// <param name="UpdatedAt">When the data last changed.</param>
public sealed record Product(Guid Id, Guid PartnerId, ProductDetails Details, string Currency, DateOnly PriceDate, DateTimeOffset UpdatedAt);
