using Efactura.Core.Calculation;
using Efactura.Core.Model;

namespace Efactura.Core.Json;

/// <summary>
/// Decides where the written JSON states each VAT category's exemption reason: on the first line (or
/// else document allowance or charge) of that category, since parsing shares it with the others.
/// One instance serves one write.
/// </summary>
internal sealed class ExemptionReasonPlacement
{
    private readonly Dictionary<VatCategory, ExemptionReason> pending = [];

    public ExemptionReasonPlacement(Invoice invoice)
    {
        foreach (var breakdown in invoice.VatBreakdown)
        {
            if (breakdown.ExemptionReason is null && breakdown.ExemptionReasonCode is null) continue;
            pending.TryAdd(breakdown.Category, new ExemptionReason(breakdown.ExemptionReason, breakdown.ExemptionReasonCode));
        }
    }

    /// <summary>The category's reason the first time an item of it asks; null afterwards, or when it has none.</summary>
    public ExemptionReason? Claim(VatCategory category)
    {
        return pending.Remove(category, out var reason) ? reason : null;
    }
}
