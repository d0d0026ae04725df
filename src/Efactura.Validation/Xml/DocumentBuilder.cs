using System.Runtime.InteropServices;
using System.Text;

namespace Efactura.Validation.Xml;

/// <summary>
/// The state of one scan: the open elements, the namespace bindings in scope, the names met so far (each
/// qualified name split and resolved once), the elements of each name counted on the way and filed into the
/// indexes of <see cref="UblDocument"/> at the end (the elements of each name, attribute counts).
/// A builder reads one document at a time and can be reused (<see cref="DocumentBuilderPool"/>): the names, their
/// entries and the short attribute values it met stay known, so the next invoice's `cbc:ID` costs no new string,
/// split or hash of its namespace; those tables are bounded and start over when full.
/// </summary>
internal sealed class DocumentBuilder
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const int TypicalNames = 96;

    /// <summary>More distinct names or values than this (documents full of foreign names) and the tables start over.</summary>
    private const int MaxRemembered = 4096;

    /// <summary>Attribute values up to this many bytes are shared: codes, and the namespace URIs (about 70 bytes).</summary>
    private const int MaxSharedValue = 128;

    private const int RecentNameSlots = 256;

    /// <summary>
    /// The largest table kept for the next document (about 16 MB, a 10,000-line invoice): a pooled builder holds it
    /// between validations, so a larger one is left to the collector.
    /// </summary>
    private const int MaxRecycledElements = 1 << 18;

    private readonly NameParts?[] recentNames = new NameParts?[RecentNameSlots];
    // The children of the open elements, stacked (indexes into the table).
    private readonly List<int> children = new(64);
    private readonly List<NameEntry> used = new(TypicalNames);
    // Sized for a typical invoice (60 to 90 distinct names), so that the tables are not rebuilt while it is read.
    private readonly Dictionary<(string Uri, string Qualified), NameEntry> entriesByName = new(TypicalNames);
    private readonly Dictionary<string, NameParts> names = new(TypicalNames, StringComparer.Ordinal);
    private readonly Dictionary<string, NameParts>.AlternateLookup<ReadOnlySpan<char>> namesBySpan;
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> valuesBySpan;
    // The namespace bindings in scope, in declaration order, each with the index of the binding of the same prefix it
    // hides (or -1); the innermost binding of each prefix is also found by name, so that a lookup costs the same
    // however many declarations are in scope.
    private readonly List<(string Prefix, string Uri, int Hidden)> scopes = new(8);
    private readonly Dictionary<string, int> innermostBinding = new(StringComparer.Ordinal);

    // Above this many attributes in a start tag, repeats are found through a set rather than by comparing pairs.
    private const int PairwiseAttributes = 8;
    private readonly HashSet<NameParts> qualifiedNamesSeen = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<(string Local, string Uri)> expandedNamesSeen = [];
    private OpenElement[] stack = new OpenElement[16];
    // The table of the document being read; given away to the document it builds, so a reused builder starts a new
    // one and never writes into a document it built before.
    private ElementTable? table;

    // The table of a document its reader gave back (Recycle), reused for the next document.
    private ElementTable? spare;

    // How many elements the last document had: the next table starts that large (a validator sees similar invoices).
    private int expectedElements = 256;

    public DocumentBuilder()
    {
        namesBySpan = names.GetAlternateLookup<ReadOnlySpan<char>>();
        valuesBySpan = values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Makes the builder ready for the next document, keeping the names and values it knows (up to a bound).</summary>
    public void Reset()
    {
        foreach (var entry in used) entry.Reset();
        used.Clear();
        if (names.Count > MaxRemembered || entriesByName.Count > MaxRemembered)
        {
            names.Clear();
            entriesByName.Clear();
            Array.Clear(recentNames);
        }
        if (values.Count > MaxRemembered) values.Clear();
        children.Clear();
        scopes.Clear();
        innermostBinding.Clear();
        RawAttributes.Clear();
        for (var i = 0; i < Depth; i++) stack[i].Attributes = [];
        Depth = 0;
        // A table still here belongs to no document (the last read failed): it is emptied and read into again.
        table?.Clear();
    }

    /// <summary>The table of the document being read.</summary>
    private ElementTable Table
    {
        get
        {
            if (table is null)
            {
                table = spare ?? new ElementTable(expectedElements);
                spare = null;
            }
            return table;
        }
    }

    /// <summary>The line index of the document being read, which the scanner gives the source before it reads the elements.</summary>
    public LineIndex Lines => Table.Lines;

    /// <summary>How many elements are open.</summary>
    public int Depth { get; private set; }

    /// <summary>The innermost open element.</summary>
    public OpenElement Innermost => stack[Depth - 1];

    /// <summary>The attributes of the start tag being read.</summary>
    public List<RawAttribute> RawAttributes { get; } = new(8);

    public TextBuffer Buffer { get; } = new();

    /// <summary>Short leaf values shared within the document.</summary>
    public ShortTextCache ShortTexts { get; } = new();

    /// <summary>
    /// The split qualified name for these bytes (a name, so valid UTF-8), created on first sight. The last name seen in
    /// each of a few slots (chosen by a cheap hash of the bytes) is compared byte for byte first, so the names of a
    /// document's many start tags are found without decoding them.
    /// </summary>
    public NameParts Parts(ReadOnlySpan<byte> qualified, int colon)
    {
        var slot = Slot(qualified);
        if (recentNames[slot] is { } recent && qualified.SequenceEqual(recent.Utf8)) return recent;
        Span<char> chars = qualified.Length <= 256 ? stackalloc char[qualified.Length] : new char[qualified.Length];
        chars = chars[..Encoding.UTF8.GetChars(qualified, chars)];
        if (!namesBySpan.TryGetValue(chars, out var parts))
        {
            var text = new string(chars);
            var split = colon < 0 ? -1 : Encoding.UTF8.GetCharCount(qualified[..colon]);
            var utf8 = qualified.ToArray();
            parts = split < 0 ? new NameParts(text, string.Empty, Shared(text), utf8) : new NameParts(text, text[..split], Shared(text[(split + 1)..]), utf8);
            names[text] = parts;
        }
        recentNames[slot] = parts;
        return parts;
    }

    private static int Slot(ReadOnlySpan<byte> name) =>
        (name.Length * 7 + name[^1] * 31 + name[name.Length / 2] * 131 + (name.Length > 5 ? name[4] * 17 : 0)) & (RecentNameSlots - 1);

    /// <summary>
    /// The runtime's interned instance of a local name when there is one: the names the rules use are literals, so an
    /// element's name then equals a rule's by reference and <see cref="Name"/> comparisons stop at the first test.
    /// </summary>
    private static string Shared(string local) => string.IsInterned(local) ?? local;

    /// <summary>A short attribute value shared with its earlier occurrences (currency and unit codes repeat on every line).</summary>
    public string Intern(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxSharedValue) return Encoding.UTF8.GetString(utf8);
        Span<char> chars = stackalloc char[utf8.Length];
        chars = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (valuesBySpan.TryGetValue(chars, out var value)) return value;
        value = new string(chars);
        values[value] = value;
        return value;
    }

    /// <summary>The URI bound to a prefix ("" for the default namespace) in scope, or null.</summary>
    public string? Namespace(string prefix)
    {
        if (scopes.Count > PairwiseAttributes) return innermostBinding.TryGetValue(prefix, out var at) ? scopes[at].Uri : null;
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            if (string.Equals(scopes[i].Prefix, prefix, StringComparison.Ordinal)) return scopes[i].Uri;
        }
        return null;
    }

    private void Bind(string prefix, string uri)
    {
        ref var innermost = ref CollectionsMarshal.GetValueRefOrAddDefault(innermostBinding, prefix, out var exists);
        scopes.Add((prefix, uri, exists ? innermost : -1));
        innermost = scopes.Count - 1;
    }

    /// <summary>Drops the bindings declared after <paramref name="mark"/>, bringing back the ones they hid.</summary>
    private void Unbind(int mark)
    {
        for (var i = scopes.Count - 1; i >= mark; i--)
        {
            var (prefix, _, hidden) = scopes[i];
            if (hidden < 0) innermostBinding.Remove(prefix);
            else innermostBinding[prefix] = hidden;
        }
        scopes.RemoveRange(mark, scopes.Count - mark);
    }

    /// <summary>
    /// Binds the namespaces the start tag declares; returns the scope mark to restore at its end. <paramref name="duplicate"/>
    /// is the index of an attribute written twice, or -1.
    /// </summary>
    public int DeclareNamespaces(out int duplicate)
    {
        var mark = scopes.Count;
        duplicate = DuplicateQualifiedName();
        foreach (var attribute in RawAttributes)
        {
            var name = attribute.Name;
            if (name.Prefix.Length == 0 && name.Local == "xmlns") Bind(string.Empty, attribute.Value);
            else if (name.Prefix == "xmlns") Bind(name.Local, attribute.Value);
        }
        return mark;
    }

    private int DuplicateQualifiedName()
    {
        if (RawAttributes.Count > PairwiseAttributes)
        {
            qualifiedNamesSeen.Clear();
            for (var i = 0; i < RawAttributes.Count; i++)
            {
                if (!qualifiedNamesSeen.Add(RawAttributes[i].Name)) return i;
            }
            return -1;
        }
        for (var i = 1; i < RawAttributes.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (ReferenceEquals(RawAttributes[i].Name, RawAttributes[j].Name)) return i;
            }
        }
        return -1;
    }

    /// <summary>Pushes an element whose start tag has been read.</summary>
    public void Open(NameParts name, string uri, int scopeMark, int nameOffset, int nameLength)
    {
        if (Depth == stack.Length) Array.Resize(ref stack, stack.Length * 2);
        var open = stack[Depth] ??= new OpenElement();
        Depth++;
        var entry = Entry(name, uri);
        open.Name = name;
        open.Entry = entry;
        if (entry.Count == 0) used.Add(entry);
        entry.Counted();
        open.Index = Table.Add(entry, Depth > 1 ? stack[Depth - 2].Index : -1, nameOffset);
        open.NameOffset = nameOffset;
        open.NameLength = nameLength;
        open.Attributes = [];
        open.FirstChild = children.Count;
        open.ScopeMark = scopeMark;
        open.ClearText();
        open.PendingStart = -1;
        open.HasText = false;
    }

    private NameEntry Entry(NameParts name, string uri)
    {
        if (ReferenceEquals(name.LastUri, uri) && name.LastEntry is { } last) return last;
        if (!entriesByName.TryGetValue((uri, name.Qualified), out var entry))
        {
            entry = new NameEntry(new Name(NamespaceMap.Of(uri), name.Local), uri, name.Qualified);
            entriesByName[(uri, name.Qualified)] = entry;
        }
        name.LastUri = uri;
        name.LastEntry = entry;
        return entry;
    }

    /// <summary>
    /// The open element's attributes with their namespaces, declarations left out. <paramref name="unresolved"/> is
    /// the index of one whose prefix is not declared, <paramref name="duplicate"/> of one whose expanded name repeats.
    /// </summary>
    public void ResolveAttributes(out int unresolved, out int duplicate)
    {
        (unresolved, duplicate) = (-1, -1);
        var declarations = 0;
        foreach (var attribute in RawAttributes)
        {
            if (IsDeclaration(attribute.Name)) declarations++;
        }
        if (declarations == RawAttributes.Count) return;
        var resolved = new ElementAttribute[RawAttributes.Count - declarations];
        var filled = 0;
        for (var i = 0; i < RawAttributes.Count; i++)
        {
            var (name, value, offset) = RawAttributes[i];
            if (IsDeclaration(name)) continue;
            var uri = name.Prefix.Length == 0 ? string.Empty : name.Prefix == "xml" ? XmlNamespace : Namespace(name.Prefix);
            if (uri is null)
            {
                unresolved = i;
                return;
            }
            if (Repeats(resolved, filled, name.Local, uri))
            {
                duplicate = i;
                return;
            }
            if (uri.Length == 0) CollectionsMarshal.GetValueRefOrAddDefault(table!.AttributeCounts, name.Local, out _)++;
            resolved[filled++] = new ElementAttribute(name.Local, NamespaceMap.Of(uri), value, new SourcePosition(table!.Lines, offset)) { QualifiedName = name.Qualified, NamespaceUri = uri };
        }
        Innermost.Attributes = resolved;
    }

    /// <summary>Whether an attribute of this expanded name is among the first <paramref name="filled"/> resolved.</summary>
    private bool Repeats(ElementAttribute[] resolved, int filled, string local, string uri)
    {
        if (resolved.Length > PairwiseAttributes)
        {
            if (filled == 0) expandedNamesSeen.Clear();
            return !expandedNamesSeen.Add((local, uri));
        }
        for (var j = 0; j < filled; j++)
        {
            if (resolved[j].LocalName == local && resolved[j].NamespaceUri == uri) return true;
        }
        return false;
    }

    private static bool IsDeclaration(NameParts name) => name.Prefix == "xmlns" || name.Prefix.Length == 0 && name.Local == "xmlns";

    /// <summary>Character data that is only white space: kept for a leaf, dropped between child elements.</summary>
    public void Whitespace(ReadOnlySpan<byte> input, int start, int end)
    {
        var open = Innermost;
        open.HasText = true;
        if (children.Count > open.FirstChild) return;
        if (!open.HasTextSoFar && open.PendingStart < 0)
        {
            (open.PendingStart, open.PendingEnd) = (start, end);
            return;
        }
        Text(input, DecodeWhitespace(input[start..end]));
    }

    /// <summary>Character data (or a CDATA section) of the open element.</summary>
    public void Text(ReadOnlySpan<byte> input, string text)
    {
        var open = Innermost;
        open.HasText = true;
        DecodePending(input, open);
        open.AppendText(text);
    }

    private static void DecodePending(ReadOnlySpan<byte> input, OpenElement open)
    {
        if (open.PendingStart < 0) return;
        var pending = DecodeWhitespace(input[open.PendingStart..open.PendingEnd]);
        open.PendingStart = -1;
        open.AppendText(pending);
    }

    private static string DecodeWhitespace(ReadOnlySpan<byte> whitespace)
    {
        var text = Encoding.ASCII.GetString(whitespace);
        return whitespace.IndexOf((byte)'\r') < 0 ? text : text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>Pops the open element and builds it with its children and text.</summary>
    public void Close(ReadOnlySpan<byte> input)
    {
        var open = Innermost;
        var childCount = children.Count - open.FirstChild;
        string text;
        if (childCount > 0) text = open.Text() is { } t && !t.AsSpan().Trim(" \t\r\n").IsEmpty ? t : string.Empty;
        else
        {
            DecodePending(input, open);
            text = open.Text() ?? string.Empty;
        }
        table!.Complete(open.Index, text, open.HasText, open.Attributes, children, open.FirstChild);
        if (childCount > 0) children.RemoveRange(open.FirstChild, childCount);
        Unbind(open.ScopeMark);
        Depth--;
        if (Depth > 0) children.Add(open.Index);
    }

    /// <summary>
    /// Takes back the table of a document this builder built, for the next document: a large invoice's table is then
    /// not allocated again (its arrays live in the large object heap, whose allocations bring full collections). Only
    /// for a caller that reads the document no more: its elements are gone.
    /// </summary>
    public void Recycle(UblDocument document)
    {
        if (document.Table.Capacity > MaxRecycledElements) return;
        document.Table.Clear();
        spare = document.Table;
    }

    /// <summary>The document read: its table of elements, the elements of each name and the attribute counts.</summary>
    public UblDocument Build()
    {
        var elements = table!;
        table = null;
        expectedElements = elements.Count;
        var records = elements.Records;
        for (var i = 0; i < elements.Count; i++) records[i].Entry.File(i);
        var byName = elements.ElementsByName;
        foreach (var entry in used)
        {
            // Two foreign namespaces (Ns.Other), or two prefixes of one namespace, can give the same Name; their
            // elements are merged in document order.
            byName[entry.Name] = byName.TryGetValue(entry.Name, out var earlier)
                ? [.. earlier.Concat(entry.Elements).Order()]
                : entry.Elements;
        }
        return new UblDocument(elements, byName, elements.AttributeCounts);
    }
}
