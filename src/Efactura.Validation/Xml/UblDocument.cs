namespace Efactura.Validation.Xml;

/// <summary>
/// A parsed UBL document with the lookups the rules need precomputed: the elements of each name (for the rules'
/// <c>//cac:X</c>), how often each attribute name occurs, and on demand every element in document order.
/// </summary>
internal sealed class UblDocument
{
    private static readonly Element[] None = [];
    private readonly Dictionary<Name, Element[]> byName;
    private readonly Dictionary<string, int> attributeCounts;
    private readonly int count;
    private Element[]? all;
    private Dictionary<(Type, Name), object>? derived;

    /// <summary>A document as the parser builds it: the root of <paramref name="count"/> elements and the two indexes.</summary>
    public UblDocument(Element root, int count, Dictionary<Name, Element[]> byName, Dictionary<string, int> attributeCounts)
    {
        Root = root;
        this.count = count;
        this.byName = byName;
        this.attributeCounts = attributeCounts;
    }

    public Element Root { get; }

    /// <summary>Every element, in document order, as an array (listed on first use).</summary>
    public Element[] All => all ??= ListInDocumentOrder();

    /// <summary>Every element, in document order, walked without listing them (a large document's list would be a large object).</summary>
    public DocumentOrder InDocumentOrder() => new(Root);

    public bool IsInvoice => Root.Name == Names.Ubl.Invoice;

    public bool IsCreditNote => Root.Name == Names.Cn.CreditNote;

    /// <summary>XPath <c>local-name(/*) = 'CreditNote'</c>, whatever the namespace.</summary>
    public bool IsCreditNoteByLocalName => Root.Name.Local == "CreditNote";

    /// <summary>Every distinct element name of the document with its elements in document order.</summary>
    public IReadOnlyDictionary<Name, Element[]> ElementsByName => byName;

    /// <summary>Every element with this name, in document order (XPath <c>//name</c>).</summary>
    public Element[] Descendants(Name name) => byName.GetValueOrDefault(name, None);

    /// <summary>How many attributes (without namespace) of this name the document holds (XPath <c>count(//@name)</c>).</summary>
    public int AttributeCount(string localName) => attributeCounts.GetValueOrDefault(localName);

    /// <summary>
    /// A fact derived from the whole document about the elements of one name, computed on first request and kept for
    /// the rest of the validation (several rules ask the same document-wide question).
    /// </summary>
    public T Derived<T>(Name name, Func<UblDocument, Name, T> compute)
        where T : class
    {
        derived ??= [];
        if (derived.TryGetValue((typeof(T), name), out var known)) return (T)known;
        var fact = compute(this, name);
        derived[(typeof(T), name)] = fact;
        return fact;
    }

    private Element[] ListInDocumentOrder()
    {
        var ordered = new Element[count];
        foreach (var element in new DocumentOrder(Root)) ordered[element.Order] = element;
        return ordered;
    }
}
