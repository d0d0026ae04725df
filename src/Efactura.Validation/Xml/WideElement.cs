namespace Efactura.Validation.Xml;

/// <summary>
/// An element with many children (the document element holds every line) that also keeps its children's names in one
/// array, so that looking a name up among thousands of children reads that small array instead of touching every child.
/// A subclass rather than a field, so that the other elements do not grow.
/// </summary>
internal sealed class WideElement(NameEntry entry, string directText, bool hasText, ElementAttribute[] attributes, int line, int column, int order)
    : Element(entry, directText, hasText, attributes, line, column, order)
{
    /// <summary>From this many children on, the builder makes a wide element.</summary>
    public const int MinChildren = 16;

    private NameEntry[] childNames = [];

    /// <summary>Keeps the children's names; called once, when the children are adopted.</summary>
    public void IndexNames(Element[] children)
    {
        childNames = new NameEntry[children.Length];
        for (var i = 0; i < children.Length; i++) childNames[i] = children[i].Entry;
    }

    public Name NameAt(int index) => childNames[index].Name;

    /// <summary>The index of the next child of this name at or after <paramref name="from"/>, or -1.</summary>
    public int NextNamed(Name name, int from)
    {
        for (var i = from; i < childNames.Length; i++)
        {
            if (childNames[i].Name == name) return i;
        }
        return -1;
    }
}
