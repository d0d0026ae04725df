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
        Patterns = [.. patterns];
        Ids = patterns
            .SelectMany(p => p.Rules.SelectMany(r => r.Assertions.Select(a => a.Id).Concat(r.Batches.SelectMany(b => b.Ids)))
                .Concat(p.AttributeRules.Select(r => r.Id)))
            .ToHashSet(StringComparer.Ordinal);
    }

    public string Name { get; }

    public Pattern[] Patterns { get; }

    /// <summary>Every rule id this set can report.</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>
    /// Every hit, pattern by pattern, each pattern's hits in document order. A pattern meets the elements name by
    /// name: the rules whose context can end in a name are looked up once per document, and names no rule of the
    /// pattern can match are skipped with all their elements.
    /// </summary>
    public List<RuleHit> Evaluate(UblDocument document)
    {
        var hits = new List<RuleHit>();
        var patternHits = new List<OrderedHit>();
        foreach (var pattern in Patterns)
        {
            patternHits.Clear();
            foreach (var (name, indexes) in document.ElementsByName)
            {
                var candidates = pattern.CandidatesFor(name);
                if (!AnyCanSelect(candidates, name)) continue;
                foreach (var element in document.Elements(indexes))
                {
                    if (Pattern.FirstMatch(candidates, element) is { } rule) Check(rule, element, document, patternHits);
                }
            }
            if (pattern.AttributeRules.Count > 0) CheckAttributes(pattern, document, patternHits);
            if (patternHits.Count > 1) patternHits.Sort();
            foreach (var hit in patternHits) hits.Add(hit.Hit);
        }
        return hits;
    }

    private static bool AnyCanSelect(Rule[] candidates, Name name)
    {
        foreach (var rule in candidates)
        {
            if (rule.CanSelect(name)) return true;
        }
        return false;
    }

    private static void CheckAttributes(Pattern pattern, UblDocument document, List<OrderedHit> hits)
    {
        foreach (var element in document.All)
        {
            foreach (var attribute in element.Attributes)
            {
                if (pattern.RuleFor(attribute) is { } attributeRule && attributeRule.Fires(attribute))
                    hits.Add(new OrderedHit(element.Order, hits.Count, new RuleHit(attributeRule.Id, $"{element.Path()}/@{attribute.LocalName}", attribute.Line, attribute.Column)));
            }
        }
    }

    private static void Check(Rule rule, Element element, UblDocument document, List<OrderedHit> hits)
    {
        foreach (var assertion in rule.Assertions)
        {
            if (assertion.Fires(element, document)) hits.Add(new OrderedHit(element.Order, hits.Count, new RuleHit(assertion.Id, element.Path(), element.Line, element.Column)));
        }
        foreach (var batch in rule.Batches)
        {
            foreach (var id in batch.Fired(element, document)) hits.Add(new OrderedHit(element.Order, hits.Count, new RuleHit(id, element.Path(), element.Line, element.Column)));
        }
    }

    /// <summary>A hit with its element's document position and its arrival, to restore document order per pattern.</summary>
    private readonly record struct OrderedHit(int Order, int Sequence, RuleHit Hit) : IComparable<OrderedHit>
    {
        public int CompareTo(OrderedHit other) => Order != other.Order ? Order.CompareTo(other.Order) : Sequence.CompareTo(other.Sequence);
    }
}
