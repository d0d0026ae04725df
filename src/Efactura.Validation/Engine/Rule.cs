using Efactura.Validation.Xml;

namespace Efactura.Validation.Engine;

/// <summary>
/// One official Schematron <c>rule</c>: a context (path plus an optional C# predicate standing for the
/// path's bracketed conditions) and the asserts checked on every element the context selects, unless an
/// earlier rule of the same pattern already took that element.
/// </summary>
internal sealed class Rule
{
    private readonly Func<Element, bool>? where;

    public Rule(string context, Func<Element, bool>? where, params Assertion[] assertions)
    {
        Context = ContextPattern.Parse(context);
        ContextText = context;
        this.where = where;
        Assertions = assertions;
    }

    public Rule(string context, params Assertion[] assertions)
        : this(context, null, assertions)
    {
    }

    public Rule(string context, IReadOnlyList<Assertion> assertions, IReadOnlyList<AssertionBatch> batches)
        : this(context, null, [.. assertions])
    {
        Batches = [.. batches];
    }

    public ContextPattern Context { get; }

    public string ContextText { get; }

    /// <summary>The asserts in official order (an array: the engine loops over it for every context node).</summary>
    public Assertion[] Assertions { get; }

    public AssertionBatch[] Batches { get; } = [];

    /// <summary>
    /// A condition on the element's name that the predicate implies (for the wildcard contexts, <c>*[ends-with(name(), ...)]</c>),
    /// tested once per distinct name of a document so that the elements of other names are not visited at all. Null: none.
    /// </summary>
    public Func<Name, bool>? NameTest { get; init; }

    /// <summary>Whether an element of this name can be selected (its context's path and predicate are still to be checked).</summary>
    public bool CanSelect(Name name) => NameTest is null || NameTest(name);

    public bool Matches(Element element) => Context.Matches(element) && (where is null || where(element));
}
