using System.Diagnostics;
using Efactura.Validation;
using Efactura.Validation.Rules;
using Efactura.Validation.Rules.Efactura;
using Efactura.Validation.Structure;
using Efactura.Validation.Xml;

namespace Efactura.Benchmarks;

/// <summary>
/// `phases FILE|generated:N [SECONDS]`: the warm cost of each step of a validation on one document (parse, structure,
/// each pattern of each profile, own rules): wall and process CPU time and bytes allocated per run, to see where the
/// time goes before optimizing (a loaded machine inflates wall time; allocation counts are exact).
/// </summary>
internal static class Phases
{
    public static int Run(byte[] xml, double seconds)
    {
        var options = new InvoiceValidatorOptions();
        var builder = new DocumentBuilder();
        Time("parse", () => DocumentParser.Parse(xml, long.MaxValue, builder), seconds);
        var doc = DocumentParser.Parse(xml, long.MaxValue);
        Time("structure", () => StructureChecker.Check(doc), seconds);
        foreach (var profile in new[] { ValidationProfile.CiusRo, ValidationProfile.En16931 })
        {
            var set = RuleSets.For(profile);
            foreach (var pattern in set.Patterns)
            {
                var single = new Efactura.Validation.Engine.RuleSet(pattern.Name, [pattern]);
                Time($"{profile} {pattern.Name}", () => single.Evaluate(doc), seconds);
            }
            Time($"{profile} own", () => OwnRules.Check(doc, profile, options).ToList(), seconds);
        }
        return 0;
    }

    private static void Time(string label, Func<object> action, double seconds)
    {
        for (var i = 0; i < 50; i++) action();
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
        Console.WriteLine($"{label,-28}\t{clock.Elapsed.TotalMicroseconds / count,12:F1} µs wall\t{cpuUsed.TotalMicroseconds / count,12:F1} µs cpu\t{bytes,12:N0} B");
    }
}
