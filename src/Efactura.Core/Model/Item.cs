using System.Collections.Immutable;

namespace Efactura.Core.Model;

/// <summary>The goods or service a line invoices (BG-31).</summary>
public sealed record Item
{
    /// <summary>Item name (BT-153).</summary>
    public required string Name { get; init; }

    /// <summary>Item description (BT-154).</summary>
    public string? Description { get; init; }

    /// <summary>Item seller's identifier (BT-155).</summary>
    public string? SellersId { get; init; }

    /// <summary>Item buyer's identifier (BT-156).</summary>
    public string? BuyersId { get; init; }

    /// <summary>Item standard identifier with scheme, e.g. a GTIN with scheme 0160 (BT-157).</summary>
    public Identifier? StandardId { get; init; }

    /// <summary>Item classifications, e.g. CPV (list STI) or the combined nomenclature NC (list TSP) (BT-158).</summary>
    public ImmutableArray<ItemClassification> Classifications { get; init; } = [];

    /// <summary>Item country of origin, ISO 3166-1 alpha-2 (BT-159).</summary>
    public string? OriginCountry { get; init; }

    /// <summary>Item attributes (BG-32).</summary>
    public ImmutableArray<ItemAttribute> Attributes { get; init; } = [];
}
