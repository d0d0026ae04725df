using Efactura.Validation.Xml;

namespace Efactura.Validation.Engine;

/// <summary>
/// The location path of a rule context, without predicates: alternatives separated by <c>|</c>, each a
/// chain of element names (<c>*</c> for any) read right to left from the element, optionally anchored
/// at the root with a leading <c>/</c>. Predicates are C# (see <see cref="Rule"/>). Parsed once per rule set.
/// </summary>
internal sealed class ContextPattern
{
    private readonly Alternative[] alternatives;

    private ContextPattern(Alternative[] alternatives) => this.alternatives = alternatives;

    /// <summary>The element names the context can end in; empty when some alternative ends in <c>*</c>.</summary>
    public IEnumerable<Name> LastNames => alternatives.Select(a => a.Steps[^1]).Where(s => s is not null).Select(s => s!.Value);

    public bool EndsInWildcard => alternatives.Any(a => a.Steps[^1] is null);

    public static ContextPattern Parse(string text)
    {
        var alternatives = text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(ParseAlternative)
            .ToArray();
        return new ContextPattern(alternatives);
    }

    private static Alternative ParseAlternative(string text)
    {
        var anchored = text.StartsWith('/') && !text.StartsWith("//", StringComparison.Ordinal);
        var steps = text.TrimStart('/').Split('/')
            .Select(step => step == "*" ? (Name?)null : Name.Parse(step))
            .ToArray();
        return new Alternative(steps, anchored);
    }

    public bool Matches(Element element)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.Matches(element)) return true;
        }
        return false;
    }

    private sealed record Alternative(Name?[] Steps, bool Anchored)
    {
        public bool Matches(Element element) => element.EndsPath(Steps, Anchored);
    }
}
