namespace Efactura.Validation.Xml;

/// <summary>
/// One element of a parsed document: a light, read-only node with its name, text, attributes, children,
/// parent and source position. Navigation takes paths of <see cref="Name"/>s (child steps), which is what
/// the official rules' relative paths are, without interpreting XPath at run time.
/// </summary>
internal class Element
{
    private readonly NameEntry entry;
    private Element[] children = [];

    public Element(NameEntry entry, string directText, bool hasText, ElementAttribute[] attributes, int line, int column, int order)
    {
        this.entry = entry;
        DirectText = directText;
        HasText = hasText;
        Attributes = attributes;
        Line = line;
        Column = column;
        Order = order;
    }

    /// <summary>The expanded name, kept once per distinct name of the document rather than on every element.</summary>
    public Name Name => entry.Name;

    /// <summary>The name as written, with its prefix (cbc:ID, or Invoice under a default namespace); the XSD messages quote it.</summary>
    public string QualifiedName => entry.Qualified;

    /// <summary>The namespace URI as written, which <see cref="Ns.Other"/> does not keep.</summary>
    public string NamespaceUri => entry.Uri;

    /// <summary>The document's entry for this name as written, where the builder files the element.</summary>
    internal NameEntry Entry => entry;

    /// <summary>The concatenated text nodes directly inside this element.</summary>
    public string DirectText { get; }

    /// <summary>Whether the element has at least one text node child (XPath <c>text()</c> is not empty).</summary>
    public bool HasText { get; }

    public ElementAttribute[] Attributes { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Position in document order, 0 for the root.</summary>
    public int Order { get; }

    public Element? Parent { get; private set; }

    public IReadOnlyList<Element> Children => children;

    /// <summary>The children as the array they are kept in, for loops that must not allocate.</summary>
    internal Element[] ChildArray => children;

    /// <summary>
    /// The XPath string value. For the leaf elements the rules read, it is the text as written; for an element
    /// with children it is its own non-blank text followed by its children's (UBL has no mixed content, and the
    /// parser drops the indentation between child elements).
    /// </summary>
    public string Value => children.Length == 0 ? DirectText : DirectText + string.Concat(children.Select(c => c.Value));

    /// <summary>Sets the children once, while the parser builds the tree bottom-up.</summary>
    internal void Adopt(Element[] kids)
    {
        if (children.Length != 0) throw new InvalidOperationException("children already set");
        children = kids;
        foreach (var kid in kids) kid.Parent = this;
        if (this is WideElement wide) wide.IndexNames(kids);
    }

    /// <summary>The name of the child at this index, read without touching the child when the element is wide.</summary>
    internal Name ChildName(int index) => this is WideElement wide ? wide.NameAt(index) : children[index].Name;

    /// <summary>The index of the next child of this name at or after <paramref name="from"/>, or -1.</summary>
    internal int NextChild(Name name, int from)
    {
        if (this is WideElement wide) return wide.NextNamed(name, from);
        for (var i = from; i < children.Length; i++)
        {
            if (children[i].Name == name) return i;
        }
        return -1;
    }

    public bool Is(Name name) => Name == name;

    public string? Attribute(string localName)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Ns == Ns.None && attribute.LocalName == localName) return attribute.Value;
        }
        return null;
    }

    public bool HasAttribute(string localName) => Attribute(localName) is not null;

    public Element? Child(Name name) => NextChild(name, 0) is var i and >= 0 ? children[i] : null;

    /// <summary>The children of this name, in document order; a struct, so a <c>foreach</c> over it allocates nothing.</summary>
    public NamedChildren ChildrenNamed(Name name) => new(this, name);

    /// <summary>The first element (document order) at the end of a child path, or null.</summary>
    public Element? First(params ReadOnlySpan<Name> path)
    {
        if (path.IsEmpty) return this;
        for (var i = NextChild(path[0], 0); i >= 0; i = NextChild(path[0], i + 1))
        {
            var found = children[i].First(path[1..]);
            if (found is not null) return found;
        }
        return null;
    }

    public bool Exists(params ReadOnlySpan<Name> path) => First(path) is not null;

    public int Count(params ReadOnlySpan<Name> path)
    {
        if (path.IsEmpty) return 1;
        var total = 0;
        for (var i = NextChild(path[0], 0); i >= 0; i = NextChild(path[0], i + 1)) total += children[i].Count(path[1..]);
        return total;
    }

    /// <summary>The elements at the end of a child path, in document order, without a list (for <c>foreach</c>).</summary>
    public PathNodes Along(params ReadOnlySpan<Name> path) => new(this, path);

    /// <summary>All elements at the end of a child path, in document order.</summary>
    public List<Element> Select(params ReadOnlySpan<Name> path)
    {
        var found = new List<Element>();
        Collect(path, found);
        return found;
    }

    private void Collect(ReadOnlySpan<Name> path, List<Element> found)
    {
        if (path.IsEmpty)
        {
            found.Add(this);
            return;
        }
        for (var i = NextChild(path[0], 0); i >= 0; i = NextChild(path[0], i + 1)) children[i].Collect(path[1..], found);
    }

    /// <summary>The string value of the first element on the path, or null when there is none.</summary>
    public string? Text(params ReadOnlySpan<Name> path) => First(path)?.Value;

    public bool HasAncestor(Name name)
    {
        for (var e = Parent; e is not null; e = e.Parent)
        {
            if (e.Name == name) return true;
        }
        return false;
    }

    public bool ParentIs(Name name) => Parent is { } p && p.Name == name;

    /// <summary>An XPath locating this element: /ubl:Invoice[1]/cac:AccountingSupplierParty[1]/...</summary>
    public string Path()
    {
        var steps = new Stack<string>();
        for (var e = this; e is not null; e = e.Parent)
        {
            var position = 1;
            if (e.Parent is { } parent)
            {
                foreach (var sibling in parent.children)
                {
                    if (ReferenceEquals(sibling, e)) break;
                    if (sibling.Name == e.Name) position++;
                }
            }
            steps.Push($"{e.Name}[{position}]");
        }
        return "/" + string.Join('/', steps);
    }

    public override string ToString() => Name.ToString();
}
