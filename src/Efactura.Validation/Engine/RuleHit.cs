namespace Efactura.Validation.Engine;

/// <summary>One assert that fired on one context node, before it is turned into a finding.</summary>
internal readonly record struct RuleHit(string Id, string XPath, int Line, int Column);
