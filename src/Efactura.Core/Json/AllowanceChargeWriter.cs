using System.Text.Json.Nodes;
using Efactura.Core.Model;
using F = Efactura.Core.Json.AllowanceChargeFields;

namespace Efactura.Core.Json;

/// <summary>Writes the amount, percentage and reason of an allowance or charge.</summary>
internal static class AllowanceChargeWriter
{
    public static JsonObject Write(AllowanceCharge ac) => new JsonObject()
        .Put(F.Amount, ac.Amount)
        .Put(F.Percent, ac.Percentage)
        .Put(F.BaseAmount, ac.BaseAmount)
        .Put(F.Reason, ac.Reason)
        .Put(F.ReasonCode, ac.ReasonCode);

    /// <summary>A line discount as its bare amount when that is all it says (reason code 95, nothing else).</summary>
    public static JsonNode Discount(AllowanceCharge ac) =>
        ac is { ReasonCode: AllowanceChargeReader.DiscountReasonCode, Reason: null, Percentage: null, BaseAmount: null }
            ? JsonValue.Create(ac.Amount)
            : Write(ac);
}
