namespace Efactura.Validation.Xml;

/// <summary>
/// A distinct element name as written (namespace URI and qualified name) and, once the tree of the document being read
/// is built, that document's elements of the name in document order. The elements are counted while the document is
/// read and filed in one array of exactly that size afterwards, so a name with thousands of elements costs no growing
/// list. A builder keeps its entries from one document to the next (elements of earlier documents read only the name).
/// </summary>
internal sealed class NameEntry(Name name, string uri, string qualified)
{
    private int[] elements = [];
    private int filled;

    public Name Name { get; } = name;

    /// <summary>The namespace URI as written (<see cref="Ns.Other"/> does not keep it).</summary>
    public string Uri { get; } = uri;

    /// <summary>The name as written, with its prefix.</summary>
    public string Qualified { get; } = qualified;

    /// <summary>How many elements of the document have this name.</summary>
    public int Count { get; private set; }

    /// <summary>The elements' indexes in document order (complete after <see cref="DocumentBuilder.Build"/>).</summary>
    public int[] Elements => elements;

    /// <summary>Forgets the elements of the previous document (theirs stay in that document's array).</summary>
    public void Reset()
    {
        elements = [];
        filled = 0;
        Count = 0;
    }

    /// <summary>Counts one more element while the document is read.</summary>
    public void Counted() => Count++;

    /// <summary>Files an element by its index; called in document order, after every element was counted.</summary>
    public void File(int index)
    {
        if (elements.Length != Count) elements = new int[Count];
        elements[filled++] = index;
    }
}
