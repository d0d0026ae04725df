using System.Text;

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

    // The first piece of text, kept as it is: most elements have one. A second piece (text split by a comment, a
    // processing instruction or a CDATA section) moves the text into a builder, so an element of many pieces is read
    // in linear time rather than by concatenating ever longer strings.
    private string? text;
    private StringBuilder? pieces;
    private bool joined;

    /// <summary>Whether any text has been read.</summary>
    public bool HasTextSoFar => text is not null || joined;

    /// <summary>Forgets the text of the element that was open at this depth before.</summary>
    public void ClearText()
    {
        text = null;
        joined = false;
    }

    /// <summary>Adds a piece of text after the ones read so far.</summary>
    public void AppendText(string piece)
    {
        if (!joined)
        {
            if (text is null)
            {
                text = piece;
                return;
            }
            (pieces ??= new StringBuilder()).Clear().Append(text);
            joined = true;
            text = null;
        }
        pieces!.Append(piece);
    }

    /// <summary>The text read so far (all its pieces joined), or null.</summary>
    public string? Text()
    {
        if (joined)
        {
            text = pieces!.ToString();
            pieces.Clear();
            joined = false;
        }
        return text;
    }

    /// <summary>
    /// Leading white space not yet turned into a string (start offset, or -1): indentation before the first child is
    /// dropped, so it is only decoded when the element turns out to be a leaf or more text follows.
    /// </summary>
    public int PendingStart { get; set; } = -1;

    public int PendingEnd { get; set; }

    public bool HasText { get; set; }

    public string QualifiedName => Name.Qualified;
}
