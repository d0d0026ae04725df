namespace Efactura.Core.Model;

/// <summary>The price of one item on a line (BG-29).</summary>
public sealed record Price
{
    /// <summary>Item net price, after the price discount (BT-146).</summary>
    public required decimal NetAmount { get; init; }

    /// <summary>Item price discount, gross minus net (BT-147).</summary>
    public decimal? Discount { get; init; }

    /// <summary>Item gross price, before the discount (BT-148).</summary>
    public decimal? GrossAmount { get; init; }

    /// <summary>Item price base quantity, the number of units the price is for (BT-149).</summary>
    public decimal? BaseQuantity { get; init; }

    /// <summary>Item price base quantity unit of measure code (BT-150).</summary>
    public string? BaseQuantityUnitCode { get; init; }
}
