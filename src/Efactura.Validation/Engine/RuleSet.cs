using Efactura.Validation.Xml;

namespace Efactura.Validation.Engine;

/// <summary>
/// An official validation artefact as C#: its patterns in order. Every pattern walks every element
/// (and attribute) once; each node meets only the first rule of the pattern whose context matches.
/// </summary>
internal sealed class RuleSet
{
    public RuleSet(string name, IReadOnlyList<Pattern> patterns)
    {
        Name = name;
        Patterns = patterns;
        Ids = patterns
            .SelectMany(p => p.Rules.SelectMany(r => r.Assertions.Select(a => a.Id).Concat(r.Batches.SelectMany(b => b.Ids)))
                .Concat(p.AttributeRules.Select(r => r.Id)))
            .ToHashSet(StringComparer.Ordinal);
    }

    public string Name { get; }

    public IReadOnlyList<Pattern> Patterns { get; }

    /// <summary>Every rule id this set can report.</summary>
    public IReadOnlySet<string> Ids { get; }

    public List<RuleHit> Evaluate(UblDocument document)
    {
        var hits = new List<RuleHit>();
        foreach (var pattern in Patterns)
        {
            foreach (var element in document.All)
            {
                if (pattern.RuleFor(element) is { } rule) Check(rule, element, document, hits);
                if (pattern.AttributeRules.Count == 0) continue;
                foreach (var attribute in element.Attributes)
                {
                    if (pattern.RuleFor(attribute) is { } attributeRule && attributeRule.Fires(attribute))
                        hits.Add(new RuleHit(attributeRule.Id, $"{element.Path()}/@{attribute.LocalName}", attribute.Line, attribute.Column));
                }
            }
        }
        return hits;
    }

    private static void Check(Rule rule, Element element, UblDocument document, List<RuleHit> hits)
    {
        foreach (var assertion in rule.Assertions)
        {
            if (assertion.Fires(element, document)) hits.Add(new RuleHit(assertion.Id, element.Path(), element.Line, element.Column));
        }
        foreach (var batch in rule.Batches)
        {
            foreach (var id in batch.Fired(element, document)) hits.Add(new RuleHit(id, element.Path(), element.Line, element.Column));
        }
    }
}
