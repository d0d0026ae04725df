using Efactura.Validation;
using Efactura.Validation.Engine;
using Efactura.Validation.Rules;
using Efactura.Validation.Xml;

namespace Efactura.Benchmarks;

/// <summary>
/// `allocations FILE|generated:N [PROFILE]`: the asserts of a profile that allocate the most on one document, in bytes
/// per validation (each assert run on every element its rule takes, as the engine runs it). Allocation is what a
/// typical validation spends beyond its instructions (clearing new memory, collections), and counting it is exact.
/// </summary>
internal static class Allocations
{
    public static int Run(byte[] xml, ValidationProfile profile)
    {
        var document = DocumentParser.Parse(xml, long.MaxValue);
        var bytes = new Dictionary<string, long>(StringComparer.Ordinal);
        const int repeat = 20;
        foreach (var pattern in RuleSets.For(profile).Patterns)
        {
            foreach (var element in document.All)
            {
                if (pattern.RuleFor(element) is not { } rule) continue;
                foreach (var assertion in rule.Assertions)
                {
                    assertion.Fires(element, document);
                    var before = GC.GetAllocatedBytesForCurrentThread();
                    for (var i = 0; i < repeat; i++) assertion.Fires(element, document);
                    var key = $"{pattern.Name} {assertion.Id} ({rule.ContextText})";
                    bytes[key] = bytes.GetValueOrDefault(key) + (GC.GetAllocatedBytesForCurrentThread() - before) / repeat;
                }
            }
        }
        Console.WriteLine($"{bytes.Values.Sum(),10:N0} B in all asserts of {profile}");
        foreach (var (key, value) in bytes.Where(b => b.Value > 0).OrderByDescending(b => b.Value).Take(25))
            Console.WriteLine($"{value,10:N0} B  {key}");
        return 0;
    }
}
