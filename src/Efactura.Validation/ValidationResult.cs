using Efactura.Core.Findings;

namespace Efactura.Validation;

/// <summary>Everything the validator found in one document.</summary>
public sealed record ValidationResult
{
    /// <summary>The profile the document was checked against.</summary>
    public required ValidationProfile Profile { get; init; }

    /// <summary>Every finding, in rule-set order (pattern by pattern, then document order).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>True when no finding is fatal: ANAF would accept the document (warnings do not count).</summary>
    public bool IsValid => Findings.All(f => f.Severity != Severity.Fatal);
}
