namespace Efactura.Validation;

/// <summary>Which official rule set to apply.</summary>
public enum ValidationProfile
{
    /// <summary>
    /// What ANAF runs (CIUS-RO 1.0.9): ANAF's copy of the EN 16931 rules (CEN 1.3.8 with BR-27 moved,
    /// BR-CL-03 and BR-CL-23 rewritten) plus every BR-RO rule. The default.
    /// </summary>
    CiusRo,

    /// <summary>The CEN EN 16931 UBL rules, release 1.3.16, without the Romanian rules.</summary>
    En16931,
}
