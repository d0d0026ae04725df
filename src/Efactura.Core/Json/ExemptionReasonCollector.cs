using Efactura.Core.Calculation;
using Efactura.Core.Model;

namespace Efactura.Core.Json;

/// <summary>
/// Gathers the exemption reasons that lines and document allowances or charges give for their VAT
/// category. The VAT breakdown (BG-23) holds one reason per category, so differing reasons conflict;
/// AE, K, G and O get a VATEX code by default, while E needs the sender's reason (BR-E-10).
/// </summary>
internal sealed class ExemptionReasonCollector(JsonParseContext context)
{
    // VATEX codes (CEF VATEX code list, as inlined in the EN 16931 rules) that state the category's own reason.
    private static readonly Dictionary<string, string> DefaultCodes = new(StringComparer.Ordinal)
    {
        ["AE"] = "VATEX-EU-AE",
        ["K"] = "VATEX-EU-IC",
        ["G"] = "VATEX-EU-G",
        ["O"] = "VATEX-EU-O",
    };

    private readonly Dictionary<VatCategory, (ExemptionReason Reason, JsonPointer Where)> given = [];
    private readonly Dictionary<VatCategory, JsonPointer> firstUse = [];

    /// <summary>Records one item of a category, with the reason it gives (if any) and where that item is.</summary>
    public void Add(VatCategory category, string? text, string? code, JsonObjectReader item, string textField, string codeField)
    {
        firstUse.TryAdd(category, item.Pointer);
        if (text is null && code is null) return;
        var reasonPointer = item.At(text is null ? codeField : textField);
        if (!category.RequiresExemptionReason)
        {
            context.Report(JsonFindings.Warning(JsonErrorCodes.Ignored, reasonPointer,
                $"VAT category {category} carries VAT, so it has no exemption reason; the reason is not written (BR-{category}-10).",
                $"Categoria de TVA {category} este taxabilă, deci nu are motiv de scutire; motivul nu se scrie (BR-{category}-10).",
                "Remove the exemption reason, or change the VAT category."));
            return;
        }
        var reason = new ExemptionReason(text, code);
        if (!given.TryGetValue(category, out var earlier))
        {
            given[category] = (reason, reasonPointer);
            return;
        }
        if (earlier.Reason == reason) return;
        context.Report(JsonFindings.Fatal(JsonErrorCodes.ExemptionConflict, reasonPointer,
            $"VAT category {category} is already exempt for another reason at {earlier.Where.Display} ({Show(earlier.Reason)}); this one says {Show(reason)}. The VAT breakdown holds one reason per category.",
            $"Categoria de TVA {category} are deja alt motiv de scutire în {earlier.Where.Display} ({Show(earlier.Reason)}); aici apare {Show(reason)}. Defalcarea TVA are un singur motiv pe categorie.",
            "Give the same exemption reason and code on every line of the category."));
    }

    /// <summary>The reason per category, with the defaults; reports an E category without a reason.</summary>
    public IReadOnlyDictionary<VatCategory, ExemptionReason> Build()
    {
        var reasons = given.ToDictionary(g => g.Key, g => g.Value.Reason);
        foreach (var (category, where) in firstUse)
        {
            if (reasons.ContainsKey(category) || !category.RequiresExemptionReason) continue;
            if (DefaultCodes.TryGetValue(category.Code, out var code))
            {
                reasons[category] = new ExemptionReason(null, code);
                continue;
            }
            context.Report(JsonFindings.Fatal(JsonErrorCodes.Required, where.Append(LineFields.ExemptionReason),
                $"VAT category {category} (exempt) needs the reason of the exemption: \"exemptionReason\" (BT-120) or \"exemptionReasonCode\" (BT-121) at {where.Display}.",
                $"Categoria de TVA {category} (scutit) cere motivul scutirii: „exemptionReason” (BT-120) sau „exemptionReasonCode” (BT-121) în {where.Display}.",
                "State the legal basis, e.g. \"exemptionReason\": \"Scutit conform art. 292 alin. (2) lit. a) din Codul fiscal\", or a VATEX code such as VATEX-EU-132."));
        }
        return reasons;
    }

    private static string Show(ExemptionReason reason) =>
        string.Join(" / ", new[] { reason.Text, reason.Code }.OfType<string>().Select(JsonFindings.Quote));
}
