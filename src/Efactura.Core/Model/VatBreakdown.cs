namespace Efactura.Core.Model;

/// <summary>The VAT of one category and rate (BG-23).</summary>
public sealed record VatBreakdown
{
    /// <summary>VAT category taxable amount (BT-116).</summary>
    public required decimal TaxableAmount { get; init; }

    /// <summary>VAT category tax amount (BT-117).</summary>
    public required decimal TaxAmount { get; init; }

    /// <summary>VAT category code (BT-118).</summary>
    public required VatCategory Category { get; init; }

    /// <summary>VAT category rate in percent; absent for category O (BT-119).</summary>
    public decimal? Rate { get; init; }

    /// <summary>VAT exemption reason text (BT-120).</summary>
    public string? ExemptionReason { get; init; }

    /// <summary>VAT exemption reason code from the VATEX list (BT-121).</summary>
    public string? ExemptionReasonCode { get; init; }
}
