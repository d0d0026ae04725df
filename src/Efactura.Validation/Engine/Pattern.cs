using Efactura.Validation.Xml;

namespace Efactura.Validation.Engine;

/// <summary>
/// One official Schematron <c>pattern</c>: ordered rules where each element is checked by the first rule
/// whose context matches it and by no other. Rules are indexed by the name their context ends in, so an
/// element only meets the few rules that could match it, still in the official order.
/// </summary>
internal sealed class Pattern
{
    private readonly Dictionary<Name, Rule[]> candidates;
    private readonly Rule[] wildcardRules;
    private readonly Dictionary<string, AttributeRule> attributeRules;

    public Pattern(string name, IReadOnlyList<Rule> rules, IReadOnlyList<AttributeRule>? attributeRules = null)
    {
        Name = name;
        Rules = rules;
        wildcardRules = rules.Where(r => r.Context.EndsInWildcard).ToArray();
        candidates = rules
            .SelectMany(r => r.Context.LastNames)
            .Distinct()
            .ToDictionary(n => n, n => rules.Where(r => r.Context.EndsInWildcard || r.Context.LastNames.Contains(n)).ToArray());
        // Two attribute rules on one attribute name would shadow each other; the official sets have none.
        this.attributeRules = (attributeRules ?? []).ToDictionary(r => r.AttributeName, StringComparer.Ordinal);
        AttributeRules = attributeRules ?? [];
    }

    public string Name { get; }

    public IReadOnlyList<Rule> Rules { get; }

    public IReadOnlyList<AttributeRule> AttributeRules { get; }

    /// <summary>Whether some rule's context ends in <c>*</c> (then every name is a candidate's).</summary>
    public bool HasWildcardRules => wildcardRules.Length > 0;

    /// <summary>The rule that checks this element in this pattern, or null.</summary>
    public Rule? RuleFor(Element element) => FirstMatch(CandidatesFor(element.Name), element);

    /// <summary>The rules, in official order, whose context can select an element of this name (empty when none).</summary>
    public Rule[] CandidatesFor(Name name) => candidates.GetValueOrDefault(name, wildcardRules);

    /// <summary>The first of the candidate rules whose context selects the element: the only one that checks it.</summary>
    public static Rule? FirstMatch(Rule[] candidates, Element element)
    {
        foreach (var rule in candidates)
        {
            if (rule.Matches(element)) return rule;
        }
        return null;
    }

    public AttributeRule? RuleFor(ElementAttribute attribute) =>
        attribute.Ns == Ns.None && attributeRules.Count > 0 ? attributeRules.GetValueOrDefault(attribute.LocalName) : null;
}
