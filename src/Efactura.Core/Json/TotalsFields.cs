namespace Efactura.Core.Json;

/// <summary>
/// The members of <c>expectedTotals</c>: the totals the sender computed. Each one given must equal the
/// computed total (BG-22), or parsing reports <see cref="JsonErrorCodes.TotalMismatch"/> with both numbers.
/// An invoice read from XML (<c>efactura parse</c>, a received invoice) carries the totals its document states here,
/// so amounts that contradict themselves are reported, never silently changed.
/// </summary>
public static class TotalsFields
{
    /// <summary>Sum of line net amounts (BT-106).</summary>
    public const string LineNetTotal = "lineNetTotal";

    /// <summary>Sum of document allowances (BT-107).</summary>
    public const string AllowanceTotal = "allowanceTotal";

    /// <summary>Sum of document charges (BT-108).</summary>
    public const string ChargeTotal = "chargeTotal";

    /// <summary>Total without VAT (BT-109).</summary>
    public const string TaxExclusive = "taxExclusive";

    /// <summary>VAT total in the invoice currency (BT-110).</summary>
    public const string Vat = "vat";

    /// <summary>VAT total in the VAT accounting currency, RON (BT-111).</summary>
    public const string VatRon = "vatRon";

    /// <summary>Total with VAT (BT-112).</summary>
    public const string TaxInclusive = "taxInclusive";

    /// <summary>Amount due for payment (BT-115).</summary>
    public const string Payable = "payable";
}
