namespace Efactura.Validation.Xml;

/// <summary>
/// What the table keeps of one element: a small struct in one array, so the elements of a document lie side by side in
/// document order instead of being objects scattered over the heap (a 10,000-line invoice has 300,000 of them).
/// </summary>
internal struct ElementRecord
{
    /// <summary>The document's entry for the name as written (expanded name, qualified name, URI).</summary>
    public NameEntry Entry;

    /// <summary>The concatenated text nodes directly inside the element.</summary>
    public string Text;

    /// <summary>The attributes, namespace declarations left out.</summary>
    public ElementAttribute[] Attributes;

    /// <summary>The parent's index, or -1 for the root.</summary>
    public int Parent;

    /// <summary>Where the children start in the table's child slots.</summary>
    public int FirstChild;

    /// <summary>How many children the element has.</summary>
    public int ChildCount;

    /// <summary>The line of the start tag's name, or 0 when <see cref="Column"/> holds its byte offset instead.</summary>
    public int Line;

    /// <summary>
    /// The column of the start tag's name; or, when <see cref="Line"/> is 0, its byte offset in the source, which the
    /// table's <see cref="LineIndex"/> turns into a line and column when asked (the scanner keeps only offsets).
    /// </summary>
    public int Column;

    /// <summary>Whether the element has at least one text node child.</summary>
    public bool HasText;
}
