using System.Collections.Frozen;

namespace Efactura.Validation.Fields;

/// <summary>
/// The fix of a finding on JSON input in the JSON contract's words (docs/json-contract.md): the catalogue's fixes
/// speak UBL (<c>Add cbc:DueDate</c>), which a JSON sender never wrote. Rules a JSON invoice commonly breaks have their
/// own fix here; any other fix that names XML gives way to one that names the field the finding points at.
/// </summary>
internal static class JsonFixes
{
    private static readonly FrozenDictionary<string, string> ByRule = new Dictionary<string, string>
    {
        ["BR-CO-25"] = "Add \"dueDate\" (yyyy-MM-dd) or the payment terms, \"paymentTerms\" or \"payment.terms\".",
        ["BR-02"] = "Add \"number\", the invoice number.",
        ["BR-03"] = "Add \"issueDate\" (yyyy-MM-dd).",
        ["BR-06"] = "Add the seller's \"name\" under \"supplier\".",
        ["BR-07"] = "Add the buyer's \"name\" under \"customer\".",
        ["BR-16"] = "Add at least one line to \"lines\".",
        ["BR-25"] = "Give the line a \"description\".",
        ["BR-33"] = "Give the allowance a \"reason\" or a \"reasonCode\".",
        ["BR-38"] = "Give the charge a \"reason\" or a \"reasonCode\".",
        ["BR-42"] = "Give the line allowance a \"reason\" or a \"reasonCode\".",
        ["BR-44"] = "Give the line charge a \"reason\" or a \"reasonCode\".",
        ["BR-50"] = "Add the \"iban\" to \"payment\" for a credit transfer.",
        ["BR-61"] = "Add the \"iban\" to \"payment\" for a credit transfer.",
        ["BR-CO-03"] = "Keep only one of \"taxPointDate\" and \"vatPointDateCode\".",
        ["BR-CO-04"] = "Give the line a \"vatCategory\" (or a \"vatRate\").",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The fix to show for a finding of rule <paramref name="code"/> at JSON pointer <paramref name="field"/>.</summary>
    public static string? For(string code, string? fix, string? field)
    {
        if (ByRule.TryGetValue(code, out var own)) return own;
        if (fix is null || !NamesXml(fix)) return fix;
        return string.IsNullOrEmpty(field)
            ? "Correct the invoice JSON as the message says."
            : $"Fill in or correct {field} in the invoice JSON as the message says.";
    }

    private static bool NamesXml(string fix) =>
        fix.Contains("cbc:", StringComparison.Ordinal) || fix.Contains("cac:", StringComparison.Ordinal)
        || fix.Contains("attribute", StringComparison.Ordinal) || fix.Contains('<', StringComparison.Ordinal);
}
