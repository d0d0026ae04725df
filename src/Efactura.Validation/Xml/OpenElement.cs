namespace Efactura.Validation.Xml;

/// <summary>
/// An element whose start tag the scanner has read and whose end tag it has not: what the element will be built
/// from. One instance per nesting depth, reused for every element at that depth.
/// </summary>
internal sealed class OpenElement
{
    public NameParts Name { get; set; } = null!;

    public NameEntry Entry { get; set; } = null!;

    /// <summary>Position in document order.</summary>
    public int Index { get; set; }

    /// <summary>Where the start tag's name is in the input, to match the end tag byte for byte.</summary>
    public int NameOffset { get; set; }

    public int NameLength { get; set; }

    public ElementAttribute[] Attributes { get; set; } = [];

    /// <summary>Where the element's children start in the builder's shared list of children.</summary>
    public int FirstChild { get; set; }

    /// <summary>How many namespace bindings were in scope before this element's own declarations.</summary>
    public int ScopeMark { get; set; }

    /// <summary>The text read so far, or null.</summary>
    public string? Text { get; set; }

    /// <summary>
    /// Leading white space not yet turned into a string (start offset, or -1): indentation before the first child is
    /// dropped, so it is only decoded when the element turns out to be a leaf or more text follows.
    /// </summary>
    public int PendingStart { get; set; } = -1;

    public int PendingEnd { get; set; }

    public bool HasText { get; set; }

    public string QualifiedName => Name.Qualified;
}
