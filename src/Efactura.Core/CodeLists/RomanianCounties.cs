using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Efactura.Core.CodeLists;

/// <summary>
/// The 41 counties of Romania and the Municipality of Bucharest (ISO 3166-2:RO, 42 codes, the list CIUS-RO
/// checks BT-39 against), and the six Bucharest sectors; recognises them as people write them.
/// </summary>
public static partial class RomanianCounties
{
    /// <summary>The code of the Municipality of Bucharest.</summary>
    public const string BucharestCode = "RO-B";

    private static readonly Lazy<CountyIndex> index = new(CountyIndex.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The 42 counties, Bucharest included, in alphabetical order of their Romanian names.</summary>
    public static IReadOnlyList<County> All => index.Value.All;

    /// <summary>The city codes CIUS-RO requires for a Bucharest address: "SECTOR1".."SECTOR6" (SECTOR-RO-CODES).</summary>
    public static IReadOnlyList<string> SectorCodes { get; } = ["SECTOR1", "SECTOR2", "SECTOR3", "SECTOR4", "SECTOR5", "SECTOR6"];

    /// <summary>
    /// Recognises a county written as its code ("RO-CJ", "CJ"), its name with or without diacritics and in any
    /// case ("Cluj", "Bistrita Nasaud", "Caraș-Severin"), with a prefix ("Județul Cluj", "jud. Cluj"),
    /// Bucharest ("București", "Bucuresti", "Municipiul Bucuresti", "B") or a Bucharest sector ("Sector 1",
    /// "sectorul 3", "SECTOR6", "București, Sector 2"), which gives RO-B with the sector code.
    /// </summary>
    public static bool TryResolve(string input, [MaybeNullWhen(false)] out CountyMatch match)
    {
        match = null;
        if (string.IsNullOrWhiteSpace(input)) return false;
        var words = Words(input);
        var sector = SectorPattern().Match(words);
        if (sector.Success)
        {
            var number = int.Parse(sector.Groups["n"].Value, CultureInfo.InvariantCulture);
            match = new CountyMatch(index.Value.ByCode[BucharestCode], SectorCodes[number - 1]);
            return true;
        }

        if (!index.Value.ByKey.TryGetValue(Key(words), out var county)) return false;
        match = new CountyMatch(county, null);
        return true;
    }

    /// <summary>
    /// The number of a Bucharest sector as written ("Sector 7", "sectorul 0", "București, Sector 12"), whether or not
    /// the sector exists (Bucharest has sectors 1 to 6), or null when the input does not name a sector at all. Lets an
    /// error say "Bucharest has sectors 1 to 6" instead of suggesting a county that merely looks alike.
    /// </summary>
    public static int? SectorNumber(string input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var sector = AnySectorPattern().Match(Words(input));
        return sector.Success && int.TryParse(sector.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>True when <paramref name="code"/> is an ISO 3166-2:RO code written exactly as CIUS-RO requires, e.g. "RO-CJ".</summary>
    public static bool IsKnownCode(string code) => code is not null && index.Value.ByCode.ContainsKey(code);

    /// <summary>The county with ISO 3166-2:RO code <paramref name="code"/> (exact, e.g. "RO-CJ").</summary>
    public static bool TryGetByCode(string code, [MaybeNullWhen(false)] out County county)
    {
        county = null;
        return code is not null && index.Value.ByCode.TryGetValue(code, out county);
    }

    /// <summary>The <paramref name="count"/> counties whose names or codes are closest to <paramref name="input"/>, best first; for error messages.</summary>
    public static IReadOnlyList<County> Closest(string input, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var key = Key(Words(input));
        return index.Value.Keys
            .Select(entry => (entry.County, Distance: EditDistance.Between(key, entry.Key)))
            .GroupBy(scored => scored.County)
            .Select(group => (County: group.Key, Distance: group.Min(scored => scored.Distance)))
            .OrderBy(scored => scored.Distance)
            .ThenBy(scored => scored.County.Code, StringComparer.Ordinal)
            .Take(count)
            .Select(scored => scored.County)
            .ToImmutableArray();
    }

    // Folded, punctuation turned into spaces: "Jud. Bistrița-Năsăud" → "jud bistrita nasaud".
    private static string Words(string input) =>
        FoldedText.Fold(PunctuationPattern().Replace(input, " "));

    // The lookup key: administrative prefixes dropped, then letters and digits only: "jud bistrita nasaud" → "bistritanasaud".
    private static string Key(string words) => FoldedText.Compact(PrefixPattern().Replace(words, ""));

    [GeneratedRegex(@"[\p{P}\p{S}]")]
    private static partial Regex PunctuationPattern();

    [GeneratedRegex(@"^(?:(?:judetul|judet|jud|municipiul|municipiu|mun)\s+)+")]
    private static partial Regex PrefixPattern();

    [GeneratedRegex(@"^(?:(?:municipiul|mun)\s+)?(?:(?:bucuresti|bucharest)\s+)?(?:sectorul|sector|sect)\s*(?<n>[1-6])$")]
    private static partial Regex SectorPattern();

    [GeneratedRegex(@"^(?:(?:municipiul|mun)\s+)?(?:(?:bucuresti|bucharest)\s+)?(?:sectorul|sector|sect)\s*(?<n>\d{1,6})$")]
    private static partial Regex AnySectorPattern();

    /// <summary>The counties indexed by exact code and by every folded key they may be written as.</summary>
    private sealed class CountyIndex
    {
        public required ImmutableArray<County> All { get; init; }
        public required FrozenDictionary<string, County> ByCode { get; init; }
        public required FrozenDictionary<string, County> ByKey { get; init; }
        public required ImmutableArray<(string Key, County County)> Keys { get; init; }

        public static CountyIndex Load()
        {
            var all = DataFile.Read("counties.tsv")
                .Select(row => new County(row.Key, row.Value ?? throw new InvalidOperationException($"County {row.Key} has no name.")))
                .ToImmutableArray();
            var keys = all.SelectMany(KeysOf).ToImmutableArray();
            return new CountyIndex
            {
                All = all,
                ByCode = all.ToFrozenDictionary(county => county.Code, StringComparer.Ordinal),
                ByKey = keys.ToFrozenDictionary(entry => entry.Key, entry => entry.County, StringComparer.Ordinal),
                Keys = keys,
            };
        }

        private static IEnumerable<(string Key, County County)> KeysOf(County county)
        {
            yield return (FoldedText.Compact(county.Code), county);
            yield return (FoldedText.Compact(county.ShortCode), county);
            yield return (FoldedText.Compact(county.Name), county);
            // The English exonym is common in addresses written for foreign systems.
            if (county.Code == BucharestCode) yield return ("bucharest", county);
        }
    }
}
