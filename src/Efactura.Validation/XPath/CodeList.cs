namespace Efactura.Validation.XPath;

/// <summary>
/// A code list written inline in a rule, tested the way the rules test it:
/// <c>not(contains(normalize-space(v), ' ')) and contains(' LIST ', concat(' ', normalize-space(v), ' '))</c>.
/// That is membership, except that an empty value passes only if the list text holds two spaces in a row.
/// </summary>
internal sealed class CodeList
{
    private readonly HashSet<string> codes;
    private readonly bool emptyMatches;

    /// <param name="codes">The list exactly as written between the quotes, spaces included.</param>
    public CodeList(string codes)
    {
        this.codes = new HashSet<string>(codes.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        emptyMatches = codes.Contains("  ", StringComparison.Ordinal);
    }

    public int Count => codes.Count;

    /// <summary>The rule's test on a value that is normalized here.</summary>
    public bool Contains(string? value)
    {
        var normalized = XPathFunctions.NormalizeSpace(value);
        if (normalized.Length == 0) return emptyMatches;
        return !normalized.Contains(' ', StringComparison.Ordinal) && codes.Contains(normalized);
    }

    /// <summary>Plain membership, for rules comparing with <c>=</c> against a sequence of strings.</summary>
    public bool Has(string value) => codes.Contains(value);

    /// <summary>The test with upper-casing (BR-CL-22): no space in the value, and its upper-case form is in the list.</summary>
    public bool ContainsUpperCased(string? value)
    {
        var normalized = XPathFunctions.NormalizeSpace(value);
        if (normalized.Contains(' ', StringComparison.Ordinal)) return false;
        return Contains(XPathFunctions.UpperCase(value));
    }
}
