namespace Efactura.Server.Storage.Partners;

/// <summary>What an invoice line says about the item a supplier sells.</summary>
/// <param name="SellersItemId">The seller's item id (BT-155), when given; the product's key then, else its name.</param>
/// <param name="Name">BT-153.</param>
/// <param name="UnitCode">BT-130 (UN/ECE Rec 20).</param>
/// <param name="UnitPrice">The item net price (BT-146), exact as the invoice states it.</param>
/// <param name="BaseQuantity">The quantity that price is for (BT-149); null means one unit.</param>
/// <param name="CpvCode">The CPV classification (BT-158 with scheme <c>STI</c>).</param>
/// <param name="NcCode">The combined nomenclature code (BT-158 with scheme <c>TSP</c>).</param>
public sealed record ProductDetails(
    string? SellersItemId,
    string Name,
    string UnitCode,
    decimal UnitPrice,
    decimal? BaseQuantity,
    string? CpvCode,
    string? NcCode)
{
    /// <summary>The product's key per partner: the seller's item id, else the name (case and spacing ignored).</summary>
    public string Key => SellersItemId is { Length: > 0 } id ? "id:" + id.Trim() : "name:" + SearchText.Normalize(Name);
}
