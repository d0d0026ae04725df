using Efactura.Core.Findings;

namespace Efactura.Cli.Validate;

/// <summary>What validating one file gave.</summary>
/// <param name="Path">The file as shown to people ("stdin" for standard input).</param>
/// <param name="Kind">XML or JSON.</param>
/// <param name="Findings">Every finding, official and own, in the validator's order.</param>
internal sealed record FileVerdict(string Path, InputKind Kind, IReadOnlyList<Finding> Findings)
{
    /// <summary>No fatal finding: ANAF would accept it.</summary>
    public bool IsValid => Findings.All(f => f.Severity != Severity.Fatal);

    public int Errors => Findings.Count(f => f.Severity == Severity.Fatal);

    public int Warnings => Findings.Count(f => f.Severity == Severity.Warning);
}
