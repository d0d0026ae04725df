using Efactura.Server.Storage.Partners;

namespace Efactura.Server.Api.Partners;

/// <summary>A product a partner sold the company, with the price of the newest invoice that had it.</summary>
/// <param name="Id">Our id.</param>
/// <param name="PartnerId">The partner who sells it.</param>
/// <param name="SellersItemId">The seller's item id (BT-155), when the invoice gave one.</param>
/// <param name="Name">The item name (BT-153).</param>
/// <param name="UnitCode">The unit of measure (BT-130, UN/ECE Rec 20), e.g. <c>H87</c>.</param>
/// <param name="LastUnitPrice">The item net price (BT-146), exact as invoiced.</param>
/// <param name="BaseQuantity">The quantity that price is for (BT-149); absent means one unit.</param>
/// <param name="Currency">The price's currency (BT-5).</param>
/// <param name="PriceDate">The issue date of the invoice the price comes from.</param>
/// <param name="CpvCode">The CPV code (BT-158, scheme STI).</param>
/// <param name="NcCode">The combined nomenclature code (BT-158, scheme TSP).</param>
/// <param name="UpdatedAt">When its data last changed.</param>
public sealed record ProductResponse(
    Guid Id, Guid PartnerId, string? SellersItemId, string Name, string UnitCode, decimal LastUnitPrice, decimal? BaseQuantity, string Currency,
    DateOnly PriceDate, string? CpvCode, string? NcCode, DateTimeOffset UpdatedAt)
{
    /// <summary>The API shape of <paramref name="product"/>.</summary>
    public static ProductResponse From(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        var d = product.Details;
        return new(product.Id, product.PartnerId, d.SellersItemId, d.Name, d.UnitCode, d.UnitPrice, d.BaseQuantity, product.Currency, product.PriceDate,
            d.CpvCode, d.NcCode, product.UpdatedAt);
    }
}
