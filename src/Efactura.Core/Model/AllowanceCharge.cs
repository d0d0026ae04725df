namespace Efactura.Core.Model;

/// <summary>
/// An allowance or a charge, on the document (BG-20 / BG-21) or on a line (BG-27 / BG-28).
/// Business term ids are given as document allowance / document charge; line allowances and charges
/// use BT-136..BT-140 and BT-141..BT-145 and have no VAT category of their own.
/// </summary>
public sealed record AllowanceCharge
{
    /// <summary>True for a charge, false for an allowance (UBL ChargeIndicator).</summary>
    public required bool IsCharge { get; init; }

    /// <summary>Amount, without VAT (BT-92 / BT-99).</summary>
    public required decimal Amount { get; init; }

    /// <summary>Base amount the percentage applies to (BT-93 / BT-100).</summary>
    public decimal? BaseAmount { get; init; }

    /// <summary>Percentage, e.g. 10 for 10% (BT-94 / BT-101).</summary>
    public decimal? Percentage { get; init; }

    /// <summary>VAT category code of a document level allowance or charge (BT-95 / BT-102).</summary>
    public VatCategory? VatCategory { get; init; }

    /// <summary>VAT rate of a document level allowance or charge (BT-96 / BT-103).</summary>
    public decimal? VatRate { get; init; }

    /// <summary>Reason, free text (BT-97 / BT-104).</summary>
    public string? Reason { get; init; }

    /// <summary>Reason code: UNCL 5189 for allowances, UNCL 7161 for charges (BT-98 / BT-105).</summary>
    public string? ReasonCode { get; init; }
}
