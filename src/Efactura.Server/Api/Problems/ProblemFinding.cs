using Efactura.Core.Findings;

namespace Efactura.Server.Api.Problems;

/// <summary>One finding in a problem+json answer (DESIGN §4.2).</summary>
/// <param name="Code">The official rule id (e.g. <c>BR-RO-030</c>) or ours (<c>EF-...</c>), or ANAF's message code.</param>
/// <param name="Severity"><c>fatal</c> or <c>warning</c>.</param>
/// <param name="Field">The JSON pointer of the field to change in the request, when known.</param>
/// <param name="XPath">Where in the UBL XML, when known.</param>
/// <param name="Line">The line in the XML, when the input was XML.</param>
/// <param name="Column">The column in the XML.</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="MessageRo">The same in Romanian.</param>
/// <param name="Fix">What to do.</param>
public sealed record ProblemFinding(
    string Code, string Severity, string? Field, string? XPath, int? Line, int? Column, string Message, string? MessageRo, string? Fix)
{
    /// <summary>The API shape of <paramref name="finding"/>.</summary>
    public static ProblemFinding From(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new(finding.Code, finding.Severity == Core.Findings.Severity.Fatal ? "fatal" : "warning", finding.Field, finding.XPath,
            finding.Line, finding.Column, finding.Message, finding.MessageRo, finding.Fix);
    }
}
