using System.Diagnostics;
using Efactura.Validation;
using Efactura.Validation.Rules;
using Efactura.Validation.Rules.Efactura;
using Efactura.Validation.Structure;
using Efactura.Validation.Xml;

namespace Efactura.Benchmarks;

/// <summary>
/// `phases FILE|generated:N [SECONDS [LABEL]]`: the warm cost of each step of a validation on one document (parse,
/// structure, each pattern of each profile, own rules; only the steps whose label contains LABEL when given, e.g. to
/// profile one): the fastest of ten rounds, wall and process CPU time and bytes allocated per run, to see where the
/// time goes before optimizing (a loaded machine inflates wall time; allocation counts are exact).
/// </summary>
internal static class Phases
{
    public static int Run(byte[] xml, double seconds, string? only = null)
    {
        var options = new InvoiceValidatorOptions();
        // The rules and the schema first, as a validator prepares them: they intern the names a document is read with.
        var sets = new[] { ValidationProfile.CiusRo, ValidationProfile.En16931 }.Select(p => (Profile: p, Set: RuleSets.For(p))).ToList();
        _ = UblSchema.Instance;
        var builder = new DocumentBuilder();
        var doc = DocumentParser.Parse(xml, long.MaxValue);
        var phases = new List<(string Label, Func<object> Action)>
        {
            // As a validator parses: the builder takes each document's table back for the next one.
            ("parse", () =>
            {
                var parsed = DocumentParser.Parse(xml, long.MaxValue, builder);
                builder.Recycle(parsed);
                return parsed;
            }),
            ("structure", () => StructureChecker.Check(doc)),
            // For scale: .NET's own reader going through the document and reading its text, building nothing.
            ("XmlReader reading (baseline)", () => ReadWithXmlReader(xml)),
        };
        foreach (var (profile, set) in sets)
        {
            foreach (var pattern in set.Patterns)
            {
                var single = new Efactura.Validation.Engine.RuleSet(pattern.Name, [pattern]);
                phases.Add(($"{profile} {pattern.Name}", () => single.Evaluate(doc)));
            }
            phases.Add(($"{profile} own", () => OwnRules.Check(doc, profile, options).ToList()));
        }
        // Every step but the parse, on the one parsed document (its derived facts stay cached between runs).
        foreach (var (profile, set) in sets)
        {
            phases.Add(($"{profile} all steps but parse", () =>
            {
                StructureChecker.Check(doc);
                set.Evaluate(doc);
                return OwnRules.Check(doc, profile, options).ToList();
            }));
        }
        // The whole validation, to compare with the sum of its phases (each phase alone runs with warmer caches).
        var validator = new InvoiceValidator(options);
        foreach (var (profile, _) in sets) phases.Add(($"{profile} whole validation", () => validator.Validate(xml, profile)));
        if (only is not null) phases.RemoveAll(p => !p.Label.Contains(only, StringComparison.OrdinalIgnoreCase));
        // Every phase runs for a while before any is timed, so that tiered compilation has finished (it shares code).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < Math.Max(2, seconds))
        {
            foreach (var (_, action) in phases) action();
        }
        // Each phase is timed in several short rounds, taking turns, and its fastest round is reported: on a shared
        // machine a slow round measures the neighbours (one long round per phase was off by up to 2×).
        const int Rounds = 10;
        var best = phases.Select(_ => (Wall: double.MaxValue, Line: "")).ToArray();
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < phases.Count; i++)
            {
                var (wall, line) = Time(phases[i].Label, phases[i].Action, seconds / Rounds);
                if (wall < best[i].Wall) best[i] = (wall, line);
            }
        }
        foreach (var (_, line) in best) Console.WriteLine(line);
        return 0;
    }

    private static object ReadWithXmlReader(byte[] xml)
    {
        var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit };
        using var reader = System.Xml.XmlReader.Create(new MemoryStream(xml), settings);
        var characters = 0;
        while (reader.Read())
        {
            if (reader.NodeType == System.Xml.XmlNodeType.Text) characters += reader.Value.Length;
        }
        return characters;
    }

    private static (double Wall, string Line) Time(string label, Func<object> action, double seconds)
    {
        var before = GC.GetTotalAllocatedBytes(true);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var count = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            action();
            count++;
        }
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var bytes = (GC.GetTotalAllocatedBytes(true) - before) / count;
        var wall = clock.Elapsed.TotalMicroseconds / count;
        return (wall, $"{label,-28}\t{wall,12:F1} µs wall\t{cpuUsed.TotalMicroseconds / count,12:F1} µs cpu\t{bytes,12:N0} B");
    }
}
