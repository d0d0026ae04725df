namespace Efactura.Core.Model;

/// <summary>The monetary totals of the document (BG-22).</summary>
public sealed record DocumentTotals
{
    /// <summary>Sum of invoice line net amounts (BT-106).</summary>
    public required decimal LineNetTotal { get; init; }

    /// <summary>Sum of allowances on document level (BT-107).</summary>
    public decimal? AllowanceTotal { get; init; }

    /// <summary>Sum of charges on document level (BT-108).</summary>
    public decimal? ChargeTotal { get; init; }

    /// <summary>Invoice total amount without VAT (BT-109).</summary>
    public required decimal TaxExclusiveAmount { get; init; }

    /// <summary>Invoice total VAT amount in the invoice currency (BT-110).</summary>
    public decimal? VatTotal { get; init; }

    /// <summary>Invoice total VAT amount in the VAT accounting currency, RON (BT-111).</summary>
    public decimal? VatTotalInTaxCurrency { get; init; }

    /// <summary>Invoice total amount with VAT (BT-112).</summary>
    public required decimal TaxInclusiveAmount { get; init; }

    /// <summary>Paid amount, e.g. advance payments (BT-113).</summary>
    public decimal? PrepaidAmount { get; init; }

    /// <summary>Rounding amount (BT-114).</summary>
    public decimal? RoundingAmount { get; init; }

    /// <summary>Amount due for payment (BT-115).</summary>
    public required decimal PayableAmount { get; init; }
}
