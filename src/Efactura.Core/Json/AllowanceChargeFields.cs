namespace Efactura.Core.Json;

/// <summary>
/// The members of an allowance or a charge: on the document (<c>allowances</c> BG-20, <c>charges</c>
/// BG-21) or on a line (<c>discount</c>, <c>allowances</c> BG-27, <c>charges</c> BG-28). Business term
/// ids are given for document allowances.
/// </summary>
public static class AllowanceChargeFields
{
    /// <summary>Amount without VAT (BT-92); computed from percent and base amount when absent.</summary>
    public const string Amount = "amount";

    /// <summary>Percentage, e.g. 10 for 10% (BT-94).</summary>
    public const string Percent = "percent";

    /// <summary>
    /// The amount the percentage applies to (BT-93). Default on a line: quantity × price; on the
    /// document: the net total of the lines in the same VAT category and rate.
    /// </summary>
    public const string BaseAmount = "baseAmount";

    /// <summary>Reason text (BT-97).</summary>
    public const string Reason = "reason";

    /// <summary>Reason code (BT-98): UNCL 5189 for allowances (default 95, discount), UNCL 7161 for charges.</summary>
    public const string ReasonCode = "reasonCode";

    /// <summary>VAT rate of a document allowance or charge (BT-96). Default: the lines' only rate.</summary>
    public const string VatRate = "vatRate";

    /// <summary>VAT category of a document allowance or charge (BT-95). Default: the lines' only category.</summary>
    public const string VatCategory = "vatCategory";

    /// <summary>VAT exemption reason text of its category's breakdown (BT-120), as on a line.</summary>
    public const string ExemptionReason = "exemptionReason";

    /// <summary>VATEX exemption reason code of its category's breakdown (BT-121), as on a line.</summary>
    public const string ExemptionReasonCode = "exemptionReasonCode";
}
