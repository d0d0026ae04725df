using Efactura.Core.Findings;

namespace Efactura.Cli;

/// <summary>Prints findings for a person: one block per finding with where, what and how to fix.</summary>
internal static class FindingPrinter
{
    public static async Task PrintAsync(TextWriter writer, string source, IReadOnlyCollection<Finding> findings)
    {
        if (findings.Count == 0) return;
        var fatal = findings.Count(f => f.Severity == Severity.Fatal);
        var warnings = findings.Count - fatal;
        await writer.WriteLineAsync($"{source}: {Plural(fatal, "error")}, {Plural(warnings, "warning")}");
        foreach (var finding in findings)
        {
            var severity = finding.Severity == Severity.Fatal ? "error  " : "warning";
            var where = finding.Field ?? finding.XPath;
            var position = finding.Line is { } line ? $" (line {line}{(finding.Column is { } c ? $", column {c}" : "")})" : "";
            await writer.WriteLineAsync($"  {severity} {finding.Code}{(where is null ? "" : $" at {where}")}{position}");
            await writer.WriteLineAsync($"          {finding.Message}");
            if (finding.Fix is not null) await writer.WriteLineAsync($"          fix: {finding.Fix}");
        }
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
