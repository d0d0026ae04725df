using Efactura.Core.Findings;

namespace Efactura.Cli.Validate;

/// <summary>The official Schematron flags, as the reports write them.</summary>
internal static class Flags
{
    public static string Of(Severity severity) => severity == Severity.Fatal ? "fatal" : "warning";
}
