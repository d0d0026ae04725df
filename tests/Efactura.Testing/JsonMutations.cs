using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Efactura.Testing;

/// <summary>
/// Invoice JSON for fuzzing: a request from the kept seed corpus (tests/Efactura.Core.Tests/Json/FuzzSeeds) with a
/// few of its values replaced by hostile ones (numbers beyond <see cref="decimal"/>, control characters, dates before
/// the Gregorian calendar, values of the wrong kind) or its bytes cut and repeated. The generator runs from a fixed
/// seed (<see cref="FixedSeed"/>), so every run checks the same cases.
/// </summary>
public static class JsonMutations
{
    /// <summary>The kept seed corpus.</summary>
    public static string SeedDirectory => Path.Combine(TestPaths.RepositoryRoot, "tests", "Efactura.Core.Tests", "Json", "FuzzSeeds");

    private static readonly Lazy<string[]> Seeds = new(() =>
        [.. Directory.EnumerateFiles(SeedDirectory, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText)]);

    /// <summary>How many seed requests the corpus holds.</summary>
    public static int SeedCount => Seeds.Value.Length;

    // Raw JSON values: the finding must name the member, never an exception.
    private static readonly string[] HostileValues =
    [
        "79228162514264337593543950336", "-79228162514264337593543950336", "1e400", "1e-400", "-0", "0.0000000000000000000000000001",
        "123456789012345678901234567890.5", "1E+28", "\"79228162514264337593543950336\"", "\"1e400\"",
        "\"a\\u0000b\"", "\"\\u0001\"", "\"tab\\there\"", "\"\\u001f\\u007f\"", "\"\\ud800\"", "\"\\uffff\"", "\"\\ufffe\"",
        "\"0001-01-01\"", "\"1582-10-04\"", "\"1582-12-31\"", "\"1583-01-01\"", "\"9999-12-31\"", "\"2026-02-30\"", "\"26-1-1\"",
        "\"\"", "\" \"", "null", "true", "[]", "{}", "[[[[[[[[]]]]]]]]", "{\"x\":{\"y\":1}}", "-1", "0", "2147483648", "1.5",
        "\"RON\"", "\"ZZZ\"", "\"S\"", "\"RO\"", "\"RO00000000\"", "\"" + new string('x', 2000) + "\"",
    ];

    /// <summary>A seed request with hostile edits, as UTF-8 bytes.</summary>
    public static Gen<byte[]> Requests() =>
        from seed in Gen.Choose(0, int.MaxValue)
        from replacements in Gen.ListOf(Replacement(), 3)
        from cut in Gen.Frequency((6, Gen.Constant<Func<byte[], byte[]>?>(null)), (1, ByteEdit()))
        select Build(Seeds.Value[seed % Seeds.Value.Length], replacements, cut);

    /// <summary>A configuration that checks <paramref name="cases"/> cases from the same seed on every run.</summary>
    public static Config FixedSeed(int cases) =>
        Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261206UL, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));

    private static Gen<(int Path, string Value)> Replacement() =>
        from path in Gen.Choose(0, int.MaxValue)
        from value in Gen.Elements(HostileValues)
        select (path, value);

    private static Gen<Func<byte[], byte[]>?> ByteEdit() =>
        from at in Gen.Choose(0, int.MaxValue)
        from length in Gen.Choose(1, 60)
        from repeat in Gen.Elements(true, false)
        select (Func<byte[], byte[]>?)(bytes =>
        {
            var start = at % Math.Max(1, bytes.Length);
            var range = bytes.AsSpan(start, Math.Min(length, bytes.Length - start));
            return repeat ? [.. bytes.AsSpan(0, start + range.Length), .. range, .. bytes.AsSpan(start + range.Length)] : [.. bytes.AsSpan(0, start), .. bytes.AsSpan(start + range.Length)];
        });

    private static byte[] Build(string seed, IEnumerable<(int Path, string Value)> replacements, Func<byte[], byte[]>? cut)
    {
        // Each replaced value becomes a marker first, and the marker the raw text after: some hostile values (a lone
        // surrogate) cannot pass through a JsonNode.
        var root = JsonNode.Parse(seed)!;
        var values = new List<string>();
        foreach (var (path, value) in replacements)
        {
            var slots = Slots(root).ToList();
            var (parent, key, index) = slots[path % slots.Count];
            JsonNode marker = JsonValue.Create($"@@hostile{values.Count}@@");
            values.Add(value);
            if (parent is JsonObject o) o[key!] = marker;
            else if (parent is JsonArray a) a[index] = marker;
        }
        var text = root.ToJsonString();
        for (var i = 0; i < values.Count; i++) text = text.Replace($"\"@@hostile{i}@@\"", values[i], StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        return cut is null ? bytes : cut(bytes);
    }

    /// <summary>Every place a value sits: a member of an object or an item of an array.</summary>
    private static IEnumerable<(JsonNode Parent, string? Key, int Index)> Slots(JsonNode node)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o.ToList())
            {
                yield return (o, key, -1);
                if (value is not null) foreach (var slot in Slots(value)) yield return slot;
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                yield return (a, null, i);
                if (a[i] is { } item) foreach (var slot in Slots(item)) yield return slot;
            }
        }
    }
}
