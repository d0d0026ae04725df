using System.Runtime.InteropServices;

namespace Efactura.Validation.Xml;

/// <summary>
/// The elements of one document in a few compact arrays: one record per element, indexed by document order, and the
/// children of every element as a run of child slots (each slot the child's index and its name entry). An
/// <see cref="Element"/> is only this table and an index. Why: a large invoice's tree of separate objects no longer fits
/// the caches and every rule's walk over it gets slower per element; contiguous records keep the cost linear. The child
/// slots carry the names so that looking a name up among an element's children (thousands of lines under the root)
/// reads one small array without touching the children's records.
/// </summary>
internal sealed class ElementTable
{
    private ElementRecord[] records;
    private int[] childIndexes;
    private NameEntry[] childEntries;
    private int childSlots;

    /// <summary>An empty table with room for about <paramref name="capacity"/> elements before it grows.</summary>
    public ElementTable(int capacity)
    {
        capacity = Math.Max(capacity, 16);
        records = new ElementRecord[capacity];
        childIndexes = new int[capacity];
        childEntries = new NameEntry[capacity];
    }

    /// <summary>Turns the byte offsets the records hold into lines and columns (the scanner gives it the source before it reads).</summary>
    public LineIndex Lines { get; } = new();

    /// <summary>The index the builder fills with the elements of each name (kept with the table to be reused with it).</summary>
    internal Dictionary<Name, int[]> ElementsByName { get; } = new(96);

    /// <summary>The counts of attributes without namespace, by local name, that the builder fills (reused with the table).</summary>
    internal Dictionary<string, int> AttributeCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>How many elements the table has room for before it grows.</summary>
    public int Capacity => records.Length;

    /// <summary>How many elements the table holds.</summary>
    public int Count { get; private set; }

    /// <summary>The records, indexed by document order (only the first <see cref="Count"/> are elements).</summary>
    internal ElementRecord[] Records => records;

    /// <summary>The index of the child in each child slot.</summary>
    internal int[] ChildIndexes => childIndexes;

    /// <summary>The name entry of the child in each child slot.</summary>
    internal NameEntry[] ChildEntries => childEntries;

    /// <summary>Empties the table for another document, letting go of the texts, attributes and indexes of the last one.</summary>
    public void Clear()
    {
        Array.Clear(records, 0, Count);
        Array.Clear(childEntries, 0, childSlots);
        ElementsByName.Clear();
        AttributeCounts.Clear();
        Count = 0;
        childSlots = 0;
    }

    /// <summary>Adds an element whose start tag was read (document order) at a known line and column; returns its index.</summary>
    public int Add(NameEntry entry, int parent, int line, int column)
    {
        if (Count == records.Length) Array.Resize(ref records, records.Length * 2);
        var index = Count++;
        // Field by field into a cleared record: its text and attributes are written once, when the element completes.
        ref var record = ref records[index];
        record.Entry = entry;
        record.Parent = parent;
        record.Line = line;
        record.Column = column;
        return index;
    }

    /// <summary>Adds an element whose start tag's name is at this byte offset of the source <see cref="Lines"/> indexes.</summary>
    public int Add(NameEntry entry, int parent, int offset) => Add(entry, parent, 0, offset);

    /// <summary>The line and column of an element's start tag name.</summary>
    public (int Line, int Column) Position(int index)
    {
        ref readonly var record = ref records[index];
        return record.Line != 0 ? (record.Line, record.Column) : Lines.At(record.Column);
    }

    /// <summary>Completes an element once its end tag was read: its text, attributes and children (indexes, in order).</summary>
    public void Complete(int index, string text, bool hasText, ElementAttribute[] attributes, ReadOnlySpan<int> children)
    {
        ref var record = ref records[index];
        record.Text = text;
        record.HasText = hasText;
        record.Attributes = attributes;
        record.FirstChild = childSlots;
        record.ChildCount = children.Length;
        if (children.IsEmpty) return;
        if (childSlots + children.Length > childIndexes.Length)
        {
            var size = Math.Max(childIndexes.Length * 2, childSlots + children.Length);
            Array.Resize(ref childIndexes, size);
            Array.Resize(ref childEntries, size);
        }
        children.CopyTo(childIndexes.AsSpan(childSlots));
        var entries = childEntries.AsSpan(childSlots, children.Length);
        for (var i = 0; i < children.Length; i++) entries[i] = records[children[i]].Entry;
        childSlots += children.Length;
    }

    /// <summary>Completes an element from the children collected in a list (the builders' shared stack of children).</summary>
    public void Complete(int index, string text, bool hasText, ElementAttribute[] attributes, List<int> children, int firstChild) =>
        Complete(index, text, hasText, attributes, CollectionsMarshal.AsSpan(children)[firstChild..]);
}
