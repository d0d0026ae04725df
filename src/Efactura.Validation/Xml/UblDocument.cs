namespace Efactura.Validation.Xml;

/// <summary>
/// A parsed UBL document with the lookups the rules need precomputed: the elements of each name (for the rules'
/// <c>//cac:X</c>), how often each attribute name occurs, and every element in document order.
/// </summary>
internal sealed class UblDocument
{
    private readonly Dictionary<Name, int[]> byName;
    private readonly Dictionary<string, int> attributeCounts;
    private readonly ElementTable table;
    private Dictionary<(Type, Name), object>? derived;

    /// <summary>A document as the parser builds it: its elements (the root first) and the two indexes.</summary>
    public UblDocument(ElementTable table, Dictionary<Name, int[]> byName, Dictionary<string, int> attributeCounts)
    {
        Root = new Element(table, 0);
        this.table = table;
        this.byName = byName;
        this.attributeCounts = attributeCounts;
    }

    public Element Root { get; }

    /// <summary>
    /// XPath's implicit time zone for this validation (the dynamic context's): what a date without a time zone is taken
    /// in when compared with one that has a time zone. The validator sets it from its options before the rules run.
    /// </summary>
    public TimeSpan ImplicitTimezone { get; set; }

    /// <summary>The table holding the elements (a builder takes it back once the document is no longer read).</summary>
    internal ElementTable Table => table;

    /// <summary>Every element, in document order.</summary>
    public DocumentOrder All => new(table);

    public bool IsInvoice => Root.Name == Names.Ubl.Invoice;

    public bool IsCreditNote => Root.Name == Names.Cn.CreditNote;

    /// <summary>XPath <c>local-name(/*) = 'CreditNote'</c>, whatever the namespace.</summary>
    public bool IsCreditNoteByLocalName => Root.Name.Local == "CreditNote";

    /// <summary>
    /// Every distinct element name of the document with its elements' indexes in document order (see <see cref="Elements"/>).
    /// Read only; the dictionary itself rather than an interface, because a rule set walks it for every document and its
    /// struct enumerator needs no allocation or interface call per name.
    /// </summary>
    public Dictionary<Name, int[]> ElementsByName => byName;

    /// <summary>The elements at these indexes (as <see cref="ElementsByName"/> gives them).</summary>
    public ElementList Elements(int[] indexes) => new(table, indexes);

    /// <summary>Every element with this name, in document order (XPath <c>//name</c>).</summary>
    public ElementList Descendants(Name name) => new(table, byName.GetValueOrDefault(name, []));

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
}
