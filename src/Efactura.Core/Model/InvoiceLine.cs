using System.Collections.Immutable;

namespace Efactura.Core.Model;

/// <summary>An invoice line (BG-25).</summary>
public sealed record InvoiceLine
{
    /// <summary>Invoice line identifier, unique within the invoice (BT-126).</summary>
    public required string Id { get; init; }

    /// <summary>Invoice line note (BT-127).</summary>
    public string? Note { get; init; }

    /// <summary>Invoice line object identifier with scheme (BT-128).</summary>
    public Identifier? ObjectIdentifier { get; init; }

    /// <summary>Invoiced quantity; negative on a storno line (BT-129).</summary>
    public required decimal Quantity { get; init; }

    /// <summary>Invoiced quantity unit of measure code, UN/ECE rec. 20 or 21, e.g. H87 (BT-130).</summary>
    public required string UnitCode { get; init; }

    /// <summary>Invoice line net amount: quantity × price ÷ base quantity − line allowances + line charges (BT-131).</summary>
    public required decimal NetAmount { get; init; }

    /// <summary>Referenced purchase order line (BT-132).</summary>
    public string? OrderLineReference { get; init; }

    /// <summary>Invoice line buyer accounting reference (BT-133).</summary>
    public string? BuyerAccountingReference { get; init; }

    /// <summary>Invoice line period (BG-26).</summary>
    public InvoicePeriod? Period { get; init; }

    /// <summary>Line allowances (BG-27) and charges (BG-28).</summary>
    public ImmutableArray<AllowanceCharge> AllowanceCharges { get; init; } = [];

    /// <summary>Price details (BG-29).</summary>
    public required Price Price { get; init; }

    /// <summary>Invoiced item VAT category code (BT-151).</summary>
    public required VatCategory VatCategory { get; init; }

    /// <summary>Invoiced item VAT rate in percent; absent for category O (BT-152).</summary>
    public decimal? VatRate { get; init; }

    /// <summary>Item information (BG-31).</summary>
    public required Item Item { get; init; }
}
