using Efactura.Core.Findings;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>One of efactura's own checks: it reports warnings whose messages carry the values involved.</summary>
internal interface IOwnRule
{
    IEnumerable<Finding> Check(OwnRuleContext context);
}
