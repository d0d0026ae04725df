using Efactura.Validation.Xml;

namespace Efactura.Validation.Engine;

/// <summary>
/// An official validation artefact as C#: its patterns in order. Every pattern walks every element
/// (and attribute) once; each node meets only the first rule of the pattern whose context matches.
/// </summary>
internal sealed class RuleSet
{
    // For every name some rule's context ends in: the patterns that can select an element of that name, each with its
    // candidate rules in official order. Names of no such context meet only the patterns' wildcard rules.
    private readonly Dictionary<Name, PatternCandidates[]> byName;
    private readonly int[] wildcardPatterns;

    public RuleSet(string name, IReadOnlyList<Pattern> patterns)
    {
        Name = name;
        Patterns = [.. patterns];
        Ids = patterns
            .SelectMany(p => p.Rules.SelectMany(r => r.Assertions.Select(a => a.Id).Concat(r.Batches.SelectMany(b => b.Ids)))
                .Concat(p.AttributeRules.Select(r => r.Id)))
            .ToHashSet(StringComparer.Ordinal);
        byName = Patterns
            .SelectMany(p => p.Rules.SelectMany(r => r.Context.LastNames))
            .Distinct()
            .ToDictionary(n => n, n => Patterns
                .Select((p, i) => new PatternCandidates(i, p.CandidatesFor(n)))
                .Where(c => AnyCanSelect(c.Rules, n))
                .ToArray());
        wildcardPatterns = [.. Enumerable.Range(0, Patterns.Length).Where(i => Patterns[i].HasWildcardRules)];
    }

    public string Name { get; }

    public Pattern[] Patterns { get; }

    /// <summary>Every rule id this set can report.</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>
    /// Every hit, pattern by pattern, each pattern's hits in document order. The elements are met name by name: the
    /// patterns and rules whose contexts can end in a name are looked up once per document, and names no rule can
    /// select are skipped with all their elements.
    /// </summary>
    public List<RuleHit> Evaluate(UblDocument document)
    {
        var patternHits = new List<OrderedHit>[Patterns.Length];
        for (var i = 0; i < patternHits.Length; i++) patternHits[i] = [];
        foreach (var (name, indexes) in document.ElementsByName)
        {
            if (byName.TryGetValue(name, out var dispatch))
            {
                foreach (var (pattern, candidates) in dispatch) Visit(candidates, document, indexes, patternHits[pattern]);
                continue;
            }
            foreach (var pattern in wildcardPatterns)
            {
                var candidates = Patterns[pattern].CandidatesFor(name);
                if (AnyCanSelect(candidates, name)) Visit(candidates, document, indexes, patternHits[pattern]);
            }
        }
        var hits = new List<RuleHit>();
        for (var i = 0; i < Patterns.Length; i++)
        {
            var found = patternHits[i];
            if (Patterns[i].AttributeRules.Count > 0) CheckAttributes(Patterns[i], document, found);
            if (found.Count > 1) found.Sort();
            foreach (var hit in found) hits.Add(hit.Hit);
        }
        return hits;
    }

    private static void Visit(Rule[] candidates, UblDocument document, int[] indexes, List<OrderedHit> hits)
    {
        foreach (var element in document.Elements(indexes))
        {
            if (Pattern.FirstMatch(candidates, element) is { } rule) Check(rule, element, document, hits);
        }
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
                    hits.Add(new OrderedHit(element.Order, hits.Count, RuleHit.At(attributeRule.Id, $"{element.Path()}/@{attribute.LocalName}", attribute.Position.LineAndColumn)));
            }
        }
    }

    private static void Check(Rule rule, Element element, UblDocument document, List<OrderedHit> hits)
    {
        foreach (var assertion in rule.Assertions)
        {
            if (assertion.Fires(element, document)) hits.Add(new OrderedHit(element.Order, hits.Count, RuleHit.At(assertion.Id, element.Path(), element.Position)));
        }
        foreach (var batch in rule.Batches)
        {
            foreach (var id in batch.Fired(element, document)) hits.Add(new OrderedHit(element.Order, hits.Count, RuleHit.At(id, element.Path(), element.Position)));
        }
    }

    /// <summary>The rules of one pattern (by its index in the set) that can select an element of some name.</summary>
    private readonly record struct PatternCandidates(int Pattern, Rule[] Rules);

    /// <summary>A hit with its element's document position and its arrival, to restore document order per pattern.</summary>
    private readonly record struct OrderedHit(int Order, int Sequence, RuleHit Hit) : IComparable<OrderedHit>
    {
        public int CompareTo(OrderedHit other) => Order != other.Order ? Order.CompareTo(other.Order) : Sequence.CompareTo(other.Sequence);
    }
}
