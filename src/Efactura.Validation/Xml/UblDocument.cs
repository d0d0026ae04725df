namespace Efactura.Validation.Xml;

/// <summary>
/// A parsed UBL document with the lookups the rules need precomputed: every element in document order,
/// the elements of each name (for the rules' <c>//cac:X</c>), and how often each attribute name occurs.
/// </summary>
internal sealed class UblDocument
{
    private static readonly Element[] None = [];
    private readonly Dictionary<Name, Element[]> byName;
    private readonly Dictionary<string, int> attributeCounts;

    public UblDocument(Element root, IReadOnlyList<Element> all)
    {
        Root = root;
        All = all;
        var lists = new Dictionary<Name, List<Element>>();
        attributeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in all)
        {
            if (!lists.TryGetValue(element.Name, out var list)) lists[element.Name] = list = [];
            list.Add(element);
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Ns != Ns.None) continue;
                attributeCounts[attribute.LocalName] = attributeCounts.GetValueOrDefault(attribute.LocalName) + 1;
            }
        }
        byName = new Dictionary<Name, Element[]>(lists.Count);
        foreach (var (name, list) in lists) byName[name] = [.. list];
    }

    public Element Root { get; }

    /// <summary>Every element, in document order.</summary>
    public IReadOnlyList<Element> All { get; }

    public bool IsInvoice => Root.Name == Names.Ubl.Invoice;

    public bool IsCreditNote => Root.Name == Names.Cn.CreditNote;

    /// <summary>XPath <c>local-name(/*) = 'CreditNote'</c>, whatever the namespace.</summary>
    public bool IsCreditNoteByLocalName => Root.Name.Local == "CreditNote";

    /// <summary>Every element with this name, in document order (XPath <c>//name</c>).</summary>
    public Element[] Descendants(Name name) => byName.GetValueOrDefault(name, None);

    /// <summary>How many attributes (without namespace) of this name the document holds (XPath <c>count(//@name)</c>).</summary>
    public int AttributeCount(string localName) => attributeCounts.GetValueOrDefault(localName);
}
