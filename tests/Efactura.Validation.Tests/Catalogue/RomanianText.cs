using System.Text.RegularExpressions;

namespace Efactura.Validation.Tests.Catalogue;

/// <summary>
/// Finds English left in a Romanian text: common English words that are not Romanian, once the parts that are not
/// prose are taken out (quoted values, JSON pointers and member names, XML names, business term ids).
/// </summary>
internal static partial class RomanianText
{
    public static IReadOnlyList<string> EnglishWords(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var prose = NotProse().Replace(text, " ");
        return [.. English().Matches(prose).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    // „…” and "…" quotes, /json/pointers, camelCase names, cbc:/cac: names, the document element names, ids like BT-1.
    [GeneratedRegex("„[^”]*”|\"[^\"]*\"|(?<![\\w.])/[\\w/~.-]*|\\b[a-z]+[A-Z]\\w*|\\b\\w+:\\w+|\\b(?:Invoice|CreditNote)\\b|\\b[A-Z]{2,}-[\\w-]+")]
    private static partial Regex NotProse();

    [GeneratedRegex(@"\b(?:the|is|must|shall|should|and|of|with|missing|not|for|to|when|where|which|has|have|only|given|invoice|line|amount|seller|buyer|field|expected|unknown|value|than|from|this|that|its|or|at|on|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex English();
}
