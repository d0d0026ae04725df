namespace Efactura.Validation.Engine;

/// <summary>One assert that fired on one context node, before it is turned into a finding.</summary>
internal readonly record struct RuleHit(string Id, string XPath, int Line, int Column)
{
    public static RuleHit At(string id, string xpath, (int Line, int Column) position) => new(id, xpath, position.Line, position.Column);
}
