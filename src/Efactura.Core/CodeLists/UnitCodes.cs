using System.Collections.Immutable;

namespace Efactura.Core.CodeLists;

/// <summary>
/// Turns the unit a person writes ("buc", "ore", "kg", "mp", "piece", "h87") into the official UN/ECE
/// Recommendation 20/21 code EN 16931 requires for BT-130 (rule BR-CL-23).
/// </summary>
public static class UnitCodes
{
    private const int MaxSuggestions = 5;

    /// <summary>
    /// Resolves <paramref name="input"/>, in this order: an official code written exactly ("MC" is
    /// microgram); a known name, ignoring case, diacritics (ă â î ș ş ț ţ), surrounding spaces and a trailing
    /// dot ("Bucăți", "buc.", "mc" is cubic metre, "kWh"); an official code in another case ("h87"). Anything
    /// else is unresolved, with up to five suggestions: the official codes whose names or codes are closest to
    /// the input by edit distance, best first.
    /// </summary>
    public static UnitResolution Resolve(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var written = input.Trim().TrimEnd('.').TrimEnd();
        if (written.Length == 0) return Unresolved([]);
        if (IsKnown(written)) return Resolved(written);

        var aliases = UnitAliases.Instance;
        var key = FoldedText.Fold(written);
        if (aliases.ByKey.TryGetValue(key, out var code)) return Resolved(code);

        var upper = written.ToUpperInvariant();
        if (IsKnown(upper)) return Resolved(upper);

        var compact = FoldedText.Compact(written);
        if (aliases.ByCompactKey.TryGetValue(compact, out code)) return Resolved(code);

        return Unresolved(Suggest(key, aliases));
    }

    /// <summary>True when <paramref name="code"/> is an official code as BR-CL-23 lists it (exact, case-sensitive).</summary>
    public static bool IsKnown(string code) => CodeLists.Units.Contains(code);

    private static UnitResolution Resolved(string code) => new(code, []);

    private static UnitResolution Unresolved(ImmutableArray<string> suggestions) => new(null, suggestions);

    private static ImmutableArray<string> Suggest(string key, UnitAliases aliases)
    {
        // Short inputs are close to many of the 2000+ codes; only suggest what is within about half the input.
        var maxDistance = Math.Max(1, (key.Length + 1) / 2);
        return aliases.Candidates
            .Select(candidate => (candidate.Code, Distance: EditDistance.Between(key, candidate.Key)))
            .Where(scored => scored.Distance <= maxDistance)
            .GroupBy(scored => scored.Code, StringComparer.Ordinal)
            .Select(group => (Code: group.Key, Distance: group.Min(scored => scored.Distance)))
            .OrderBy(scored => scored.Distance)
            .ThenBy(scored => aliases.CommonCodes.Contains(scored.Code) ? 0 : 1)
            .ThenBy(scored => scored.Code, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(scored => scored.Code)
            .ToImmutableArray();
    }
}
