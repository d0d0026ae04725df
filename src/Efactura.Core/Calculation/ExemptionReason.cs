namespace Efactura.Core.Calculation;

/// <summary>Why a VAT category carries no VAT: a text (BT-120) and/or a VATEX code (BT-121).</summary>
/// <param name="Text">VAT exemption reason text (BT-120).</param>
/// <param name="Code">VAT exemption reason code, VATEX list (BT-121).</param>
public sealed record ExemptionReason(string? Text, string? Code);
