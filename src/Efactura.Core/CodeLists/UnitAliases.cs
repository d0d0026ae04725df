using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Efactura.Core.CodeLists;

/// <summary>
/// The names people write for units (Data/unit-aliases.tsv) indexed for lookup, and the candidates
/// suggestions are chosen from: every alias and every official code.
/// </summary>
internal sealed class UnitAliases
{
    private UnitAliases(FrozenDictionary<string, string> byKey, FrozenDictionary<string, string> byCompactKey,
        ImmutableArray<Candidate> candidates, FrozenSet<string> commonCodes)
    {
        ByKey = byKey;
        ByCompactKey = byCompactKey;
        Candidates = candidates;
        CommonCodes = commonCodes;
    }

    /// <summary>Alias folded (<see cref="FoldedText.Fold"/>) → official code.</summary>
    public FrozenDictionary<string, string> ByKey { get; }

    /// <summary>Alias compacted (<see cref="FoldedText.Compact"/>, so "m.p." and "kw/h" match) → official code.</summary>
    public FrozenDictionary<string, string> ByCompactKey { get; }

    /// <summary>Every folded alias and every lower-cased official code, with the code it stands for.</summary>
    public ImmutableArray<Candidate> Candidates { get; }

    /// <summary>Codes that have an alias: the units people actually use, preferred when suggestions tie.</summary>
    public FrozenSet<string> CommonCodes { get; }

    /// <summary>The table, read once from the embedded data.</summary>
    public static UnitAliases Instance => instance.Value;

    private static readonly Lazy<UnitAliases> instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static UnitAliases Load()
    {
        var rows = DataFile.Read("unit-aliases.tsv")
            .Select(row => (Key: FoldedText.Fold(row.Key), Code: row.Value ?? throw new InvalidOperationException($"Unit alias '{row.Key}' has no code.")))
            .ToImmutableArray();
        var byKey = rows.ToFrozenDictionary(row => row.Key, row => row.Code, StringComparer.Ordinal);
        var byCompactKey = rows
            .GroupBy(row => FoldedText.Compact(row.Key), StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.First().Code, StringComparer.Ordinal);
        var candidates = rows.Select(row => new Candidate(row.Key, row.Code))
            .Concat(CodeLists.Units.Codes.Select(code => new Candidate(code.ToLowerInvariant(), code)))
            .ToImmutableArray();
        var commonCodes = rows.Select(row => row.Code).ToFrozenSet(StringComparer.Ordinal);
        return new UnitAliases(byKey, byCompactKey, candidates, commonCodes);
    }

    /// <summary>A text a unit may be written as, and the official code it stands for.</summary>
    /// <param name="Key">The folded alias or the lower-cased code.</param>
    /// <param name="Code">The official code.</param>
    internal readonly record struct Candidate(string Key, string Code);
}
