using Efactura.Validation.Engine;
using Efactura.Validation.Rules.CiusRo;

namespace Efactura.Validation.Rules;

/// <summary>The official artefacts as rule sets, built once and read-only afterwards.</summary>
internal static class RuleSets
{
    /// <summary>
    /// ANAF's EN16931-CIUS_RO-UBL-validation.sch (CIUS-RO 1.0.9): patterns UBL-model, UBL-syntax,
    /// Codesmodel and ROmodel, in that order.
    /// </summary>
    public static RuleSet CiusRo { get; } = new("ciusro",
    [
        Model.ModelPattern.Create(),
        Syntax.SyntaxPattern.Create(cen: false),
        Codes.CodesPattern.Create(Codes.CodeListEdition.Anaf),
        RoModelPattern.Create(),
    ]);

    /// <summary>CEN's EN16931-UBL-validation.sch, release 1.3.16: patterns UBL-model, UBL-syntax, Codesmodel.</summary>
    public static RuleSet En16931 { get; } = new("en16931",
    [
        Model.ModelPattern.Create(cen: true),
        Syntax.SyntaxPattern.Create(cen: true),
        Codes.CodesPattern.Create(Codes.CodeListEdition.Cen),
    ]);

    public static RuleSet For(ValidationProfile profile) => profile switch
    {
        ValidationProfile.CiusRo => CiusRo,
        ValidationProfile.En16931 => En16931,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "unknown profile"),
    };
}
