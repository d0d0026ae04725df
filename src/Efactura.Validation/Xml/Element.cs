namespace Efactura.Validation.Xml;

/// <summary>
/// One element of a parsed document: a handle (the document's <see cref="ElementTable"/> and the element's index in
/// document order) onto a read-only node with its name, text, attributes, children, parent and source position.
/// Navigation takes paths of <see cref="Name"/>s (child steps), which is what the official rules' relative paths are,
/// without interpreting XPath at run time. Two handles are equal when they denote the same element.
/// </summary>
internal readonly struct Element : IEquatable<Element>
{
    private readonly ElementTable table;
    private readonly int index;

    /// <summary>The element at this index of the table.</summary>
    public Element(ElementTable table, int index)
    {
        this.table = table;
        this.index = index;
    }

    private ref readonly ElementRecord Record => ref table.Records[index];

    /// <summary>The table the element lives in, for walks that read the records directly.</summary>
    internal ElementTable Table => table;

    /// <summary>The expanded name, kept once per distinct name of the document rather than on every element.</summary>
    public Name Name => Record.Entry.Name;

    /// <summary>The name as written, with its prefix (cbc:ID, or Invoice under a default namespace); the XSD messages quote it.</summary>
    public string QualifiedName => Record.Entry.Qualified;

    /// <summary>The namespace URI as written, which <see cref="Ns.Other"/> does not keep.</summary>
    public string NamespaceUri => Record.Entry.Uri;

    /// <summary>The document's entry for this name as written, where the builder files the element.</summary>
    internal NameEntry Entry => Record.Entry;

    /// <summary>The concatenated text nodes directly inside this element.</summary>
    public string DirectText => Record.Text;

    /// <summary>Whether the element has at least one text node child (XPath <c>text()</c> is not empty).</summary>
    public bool HasText => Record.HasText;

    /// <summary>The attributes, namespace declarations left out.</summary>
    public ElementAttribute[] Attributes => Record.Attributes;

    /// <summary>The line and column of the start tag's name (both at once: an offset's line is searched for).</summary>
    public (int Line, int Column) Position => table.Position(index);

    /// <summary>The line of the start tag's name.</summary>
    public int Line => Position.Line;

    /// <summary>The column of the start tag's name.</summary>
    public int Column => Position.Column;

    /// <summary>Position in document order, 0 for the root.</summary>
    public int Order => index;

    /// <summary>The parent element, or null for the root.</summary>
    public Element? Parent => Record.Parent is var parent and >= 0 ? new Element(table, parent) : null;

    /// <summary>The children in document order; a struct, so a <c>foreach</c> over it allocates nothing.</summary>
    public ChildList Children => new(table, Record.FirstChild, Record.ChildCount);

    /// <summary>How many children the element has.</summary>
    public int ChildCount => Record.ChildCount;

    /// <summary>The child at this index (0 to <see cref="ChildCount"/> - 1).</summary>
    internal Element ChildAt(int position)
    {
        ref readonly var record = ref Record;
        if ((uint)position >= (uint)record.ChildCount) throw new ArgumentOutOfRangeException(nameof(position));
        return new Element(table, table.ChildIndexes[record.FirstChild + position]);
    }

    /// <summary>
    /// The XPath string value. For the leaf elements the rules read, it is the text as written; for an element
    /// with children it is its own non-blank text followed by its children's (UBL has no mixed content, and the
    /// parser drops the indentation between child elements).
    /// </summary>
    public string Value
    {
        get
        {
            ref readonly var record = ref Record;
            return record.ChildCount == 0 ? record.Text : record.Text + string.Concat(Children.Select(c => c.Value));
        }
    }

    /// <summary>The name of the child at this index, read from the child slots without touching the child.</summary>
    internal Name ChildName(int position)
    {
        ref readonly var record = ref Record;
        if ((uint)position >= (uint)record.ChildCount) throw new ArgumentOutOfRangeException(nameof(position));
        return table.ChildEntries[record.FirstChild + position].Name;
    }

    /// <summary>The index of the next child of this name at or after <paramref name="from"/>, or -1.</summary>
    internal int NextChild(Name name, int from)
    {
        ref readonly var record = ref Record;
        var names = table.ChildEntries.AsSpan(record.FirstChild, record.ChildCount);
        for (var i = from; i < names.Length; i++)
        {
            if (names[i].Name == name) return i;
        }
        return -1;
    }

    /// <summary>Whether the element has this expanded name.</summary>
    public bool Is(Name name) => Name == name;

    /// <summary>The value of the attribute of this local name without a namespace, or null.</summary>
    public string? Attribute(string localName)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Ns == Ns.None && attribute.LocalName == localName) return attribute.Value;
        }
        return null;
    }

    /// <summary>Whether the element has the attribute of this local name without a namespace.</summary>
    public bool HasAttribute(string localName) => Attribute(localName) is not null;

    /// <summary>The first child of this name, or null.</summary>
    public Element? Child(Name name) => NextChild(name, 0) is var i and >= 0 ? ChildAt(i) : null;

    /// <summary>The children of this name, in document order; a struct, so a <c>foreach</c> over it allocates nothing.</summary>
    public NamedChildren ChildrenNamed(Name name) => new(this, name);

    /// <summary>The first element (document order) at the end of a child path, or null.</summary>
    public Element? First(params ReadOnlySpan<Name> path) => FirstIndex(table, index, path) is var found and >= 0 ? new Element(table, found) : null;

    /// <summary>Whether any element lies at the end of the child path.</summary>
    public bool Exists(params ReadOnlySpan<Name> path) => FirstIndex(table, index, path) >= 0;

    /// <summary>How many elements lie at the end of the child path.</summary>
    public int Count(params ReadOnlySpan<Name> path) => CountAt(table, index, path);

    // The path walks read the table's records and child slots directly (no handle or nullable per step): the rules'
    // Text, Exists and Count ask them for nearly every element they check.
    private static int FirstIndex(ElementTable table, int at, ReadOnlySpan<Name> path)
    {
        if (path.IsEmpty) return at;
        ref readonly var record = ref table.Records[at];
        var names = table.ChildEntries.AsSpan(record.FirstChild, record.ChildCount);
        var children = table.ChildIndexes.AsSpan(record.FirstChild, record.ChildCount);
        var step = path[0];
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Name != step) continue;
            var found = FirstIndex(table, children[i], path[1..]);
            if (found >= 0) return found;
        }
        return -1;
    }

    private static int CountAt(ElementTable table, int at, ReadOnlySpan<Name> path)
    {
        if (path.IsEmpty) return 1;
        ref readonly var record = ref table.Records[at];
        var names = table.ChildEntries.AsSpan(record.FirstChild, record.ChildCount);
        var children = table.ChildIndexes.AsSpan(record.FirstChild, record.ChildCount);
        var step = path[0];
        var total = 0;
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Name == step) total += CountAt(table, children[i], path[1..]);
        }
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
        for (var i = NextChild(path[0], 0); i >= 0; i = NextChild(path[0], i + 1)) ChildAt(i).Collect(path[1..], found);
    }

    /// <summary>The string value of the first element on the path, or null when there is none.</summary>
    public string? Text(params ReadOnlySpan<Name> path) => FirstIndex(table, index, path) is var found and >= 0 ? new Element(table, found).Value : null;

    /// <summary>Whether an ancestor has this name.</summary>
    public bool HasAncestor(Name name)
    {
        var records = table.Records;
        for (var i = records[index].Parent; i >= 0; i = records[i].Parent)
        {
            if (records[i].Entry.Name == name) return true;
        }
        return false;
    }

    /// <summary>Whether the parent has this name.</summary>
    public bool ParentIs(Name name)
    {
        var records = table.Records;
        var parent = records[index].Parent;
        return parent >= 0 && records[parent].Entry.Name == name;
    }

    /// <summary>
    /// Whether this element and its ancestors have these names, read from the last step up (null: any name), and when
    /// <paramref name="anchored"/> the last ancestor read is the root: a rule context's location path. Read straight from
    /// the records, since every pattern asks it of every element it visits.
    /// </summary>
    internal bool EndsPath(ReadOnlySpan<Name?> steps, bool anchored)
    {
        var records = table.Records;
        var i = index;
        for (var step = steps.Length - 1; step >= 0; step--)
        {
            if (i < 0) return false;
            ref readonly var record = ref records[i];
            if (steps[step] is { } name && record.Entry.Name != name) return false;
            i = record.Parent;
        }
        return !anchored || i < 0;
    }

    /// <summary>An XPath locating this element: /ubl:Invoice[1]/cac:AccountingSupplierParty[1]/...</summary>
    public string Path()
    {
        var steps = new Stack<string>();
        for (Element? step = this; step is { } e; step = e.Parent)
        {
            var position = 1;
            if (e.Parent is { } parent)
            {
                var name = e.Name;
                for (var i = 0; i < parent.ChildCount; i++)
                {
                    if (parent.ChildAt(i) == e) break;
                    if (parent.ChildName(i) == name) position++;
                }
            }
            steps.Push($"{e.Name}[{position}]");
        }
        return "/" + string.Join('/', steps);
    }

    /// <inheritdoc/>
    public bool Equals(Element other) => ReferenceEquals(table, other.table) && index == other.index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Element other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => index;

    /// <summary>Whether both handles denote the same element.</summary>
    public static bool operator ==(Element left, Element right) => left.Equals(right);

    /// <summary>Whether the handles denote different elements.</summary>
    public static bool operator !=(Element left, Element right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => table is null ? "(no element)" : Name.ToString();
}
