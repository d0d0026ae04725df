using Efactura.Core.Findings;
using Efactura.Core.Model;

namespace Efactura.Validation;

/// <summary>Everything the validator found in one document.</summary>
public sealed record ValidationResult
{
    /// <summary>The profile the document was checked against.</summary>
    public required ValidationProfile Profile { get; init; }

    /// <summary>Every finding, in rule-set order (pattern by pattern, then document order).</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>
    /// The invoice that was validated, when the input was a model or JSON that could be read (null for XML, and for
    /// JSON with errors that left no invoice).
    /// </summary>
    public Invoice? Invoice { get; init; }

    /// <summary>True when no finding is fatal: ANAF would accept the document (warnings do not count).</summary>
    public bool IsValid => Findings.All(f => f.Severity != Severity.Fatal);
}
