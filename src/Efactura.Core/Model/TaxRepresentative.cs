namespace Efactura.Core.Model;

/// <summary>The seller's tax representative party (BG-11).</summary>
public sealed record TaxRepresentative
{
    /// <summary>Tax representative name (BT-62).</summary>
    public required string Name { get; init; }

    /// <summary>Tax representative VAT identifier (BT-63).</summary>
    public required string VatIdentifier { get; init; }

    /// <summary>Tax representative postal address (BG-12).</summary>
    public required Address Address { get; init; }
}
