using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Efactura.Core.CodeLists;

/// <summary>
/// A code list as data: an immutable set of official codes, each with its English name where we have one.
/// Codes compare exactly and case-sensitively, as the official lists are written.
/// </summary>
public sealed class CodeList
{
    private readonly FrozenDictionary<string, string?> names;
    private readonly bool ruleIgnoresCase;

    internal CodeList(string name, IEnumerable<KeyValuePair<string, string?>> entries, bool ruleIgnoresCase = false)
    {
        Name = name;
        var ordered = entries.ToImmutableArray();
        names = ordered.ToFrozenDictionary(StringComparer.Ordinal);
        Codes = ordered.Select(entry => entry.Key).ToImmutableArray();
        this.ruleIgnoresCase = ruleIgnoresCase;
    }

    /// <summary>The list's name, e.g. "UNCL 4461".</summary>
    public string Name { get; }

    /// <summary>Every code, in the order the official source lists them.</summary>
    public IReadOnlyCollection<string> Codes { get; }

    /// <summary>The number of codes.</summary>
    public int Count => Codes.Count;

    /// <summary>True when <paramref name="code"/> is in the list, compared exactly (case-sensitive, no trimming).</summary>
    public bool Contains(string code) => code is not null && names.ContainsKey(code);

    /// <summary>
    /// The English name of <paramref name="code"/>. False when the code is not in the list, and also
    /// when it is but we carry no name for it (rare UN/ECE rec. 20 units, some ICD and EAS schemes).
    /// </summary>
    public bool TryGetName(string code, [MaybeNullWhen(false)] out string name)
    {
        name = null;
        if (code is null || !names.TryGetValue(code, out var found) || found is null) return false;
        name = found;
        return true;
    }

    /// <summary>
    /// True when the official EN 16931 rule (BR-CL-xx) accepts <paramref name="value"/> as written in the XML:
    /// the rules test <c>normalize-space(.)</c>, so leading and trailing XML whitespace is ignored, and a value
    /// with inner whitespace is refused; BR-CL-22 (VATEX) also upper-cases the value before comparing.
    /// </summary>
    public bool Accepts(string? value)
    {
        if (value is null) return false;
        var trimmed = value.Trim(XmlWhitespace);
        if (trimmed.AsSpan().IndexOfAny(XmlWhitespace) >= 0) return false;
        return Contains(ruleIgnoresCase ? trimmed.ToUpperInvariant() : trimmed);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Count} codes)";

    // XPath normalize-space strips exactly these four characters (XML 1.0 production S).
    private static readonly char[] XmlWhitespace = [' ', '\t', '\r', '\n'];
}
