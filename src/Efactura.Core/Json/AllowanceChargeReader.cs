using System.Text.Json;
using Efactura.Core.Calculation;
using Efactura.Core.Model;
using F = Efactura.Core.Json.AllowanceChargeFields;
using Lists = Efactura.Core.CodeLists.CodeLists;

namespace Efactura.Core.Json;

/// <summary>Reads allowances and charges, on a line or on the document; a percentage gives the amount.</summary>
internal static class AllowanceChargeReader
{
    /// <summary>UNCL 5189 code 95, "Discount": the reason of a discount the sender gave no reason for.</summary>
    public const string DiscountReasonCode = "95";

    /// <summary>
    /// A line allowance or charge (BG-27 / BG-28). An allowance may be a bare number, its amount.
    /// <paramref name="lineBase"/> is the base a percentage applies to.
    /// </summary>
    public static AllowanceCharge? ReadLine(JsonParseContext context, JsonItem item, bool isCharge, decimal lineBase)
    {
        if (!isCharge && item.Element.ValueKind is JsonValueKind.Number or JsonValueKind.String)
        {
            var amount = context.Amount(item.Element, item.Pointer);
            return amount is null ? null : new AllowanceCharge { IsCharge = false, Amount = amount.Value, ReasonCode = DiscountReasonCode };
        }
        if (item.Element.ValueKind != JsonValueKind.Object)
        {
            var expected = isCharge ? "an object {\"amount\" or \"percent\", \"reason\", \"reasonCode\"}" : "an amount or an object {\"amount\" or \"percent\", \"reason\", \"reasonCode\"}";
            var expectedRo = isCharge ? "un obiect {\"amount\" sau \"percent\", \"reason\", \"reasonCode\"}" : "o sumă sau un obiect {\"amount\" sau \"percent\", \"reason\", \"reasonCode\"}";
            context.Report(JsonFindings.Type(item.Pointer, item.Element, expected, expectedRo));
            return null;
        }
        var r = new JsonObjectReader(item.Element, item.Pointer, context);
        var result = Read(r, isCharge, () => lineBase);
        r.ReportUnknownFields();
        return result;
    }

    /// <summary>
    /// The amount, percentage, base and reason of an allowance or charge whose object is <paramref name="r"/>;
    /// the caller reads the VAT members of a document level one. Null when the amount cannot be known.
    /// </summary>
    public static AllowanceCharge? Read(JsonObjectReader r, bool isCharge, Func<decimal> defaultBase)
    {
        var amount = r.Amount(F.Amount);
        var percent = r.Decimal(F.Percent);
        var baseAmount = r.Amount(F.BaseAmount);
        var reason = r.String(F.Reason);
        var reasonCode = ReasonCode(r, isCharge);
        if (amount is null && percent is null)
        {
            if (!r.Has(F.Amount) && !r.Has(F.Percent)) r.ReportMissing(F.Amount, isCharge ? "BT-99" : "BT-92");
            return null;
        }
        if (reason is null && reasonCode is null && !r.Has(F.ReasonCode))
        {
            // BR-33 / BR-38 (BR-41 / BR-42 on lines) need a reason or a code; a discount is what an allowance without one is.
            if (isCharge) r.ReportMissing(F.Reason, "BT-104");
            else reasonCode = DiscountReasonCode;
        }
        if (percent is { } p)
        {
            baseAmount ??= Money.RoundToScale(defaultBase());
            amount ??= Money.RoundToScale(baseAmount.Value * p / 100m);
        }
        return new AllowanceCharge
        {
            IsCharge = isCharge,
            Amount = amount!.Value,
            Percentage = percent,
            BaseAmount = baseAmount,
            Reason = reason,
            ReasonCode = reasonCode,
        };
    }

    private static string? ReasonCode(JsonObjectReader r, bool isCharge)
    {
        if (r.String(F.ReasonCode)?.ToUpperInvariant() is not { } code) return null;
        var list = isCharge ? Lists.ChargeReasons : Lists.AllowanceReasons;
        if (list.Contains(code)) return code;
        var closest = list.Codes.Select(c => (Code: c, Distance: ClosestName.Distance(code, c))).Where(c => c.Distance <= 1).Take(5).Select(c => c.Code);
        r.Context.Report(JsonFindings.UnknownCode(JsonErrorCodes.ReasonCodeUnknown, r.At(F.ReasonCode), code,
            isCharge ? "charge reason code (UNCL 7161)" : "allowance reason code (UNCL 5189)",
            isCharge ? "codul motivului taxei suplimentare (UNCL 7161)" : "codul motivului reducerii (UNCL 5189)", closest,
            isCharge ? "Use a UNCL 7161 code such as FC (freight) or ABL (packaging), or give only a \"reason\" text." : "Use a UNCL 5189 code such as 95 (discount) or 100 (special rebate), or give only a \"reason\" text."));
        return null;
    }
}
