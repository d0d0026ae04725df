using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Model;

/// <summary>
/// The VAT category codes of every element of one name (<c>//cac:ClassifiedTaxCategory</c>, <c>//cac:TaxCategory</c>),
/// read in one pass: the category rules ask, code by code, whether a category is used, and each question would
/// otherwise walk every line of the document again.
/// </summary>
internal sealed class CategoryTally
{
    private readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byVatId = new(StringComparer.Ordinal);
    private readonly HashSet<string> vatIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> rawIds = new(StringComparer.Ordinal);

    private CategoryTally(ElementList categories)
    {
        foreach (var category in categories)
        {
            var vat = category.HasVatScheme();
            var first = category.Normalized(Cbc.ID);
            Add(byId, first);
            if (vat) Add(byVatId, first);
            foreach (var id in category.ChildrenNamed(Cbc.ID))
            {
                rawIds.Add(id.Value);
                if (vat) vatIds.Add(XPathFunctions.NormalizeSpace(id.Value));
            }
        }
    }

    /// <summary>The tally of the elements of this name in the document, read once per document.</summary>
    public static CategoryTally Of(UblDocument d, Name container) => d.Derived(container, static (doc, name) => new CategoryTally(doc.Descendants(name)));

    /// <summary><c>count(//container[normalize-space(cbc:ID) = code][VAT])</c> (vatScheme false drops the VAT condition).</summary>
    public int Count(string code, bool vatScheme) => (vatScheme ? byVatId : byId).GetValueOrDefault(code);

    /// <summary><c>//container[VAT]/cbc:ID[normalize-space(.) = code]</c> exists.</summary>
    public bool AnyVatId(string code) => vatIds.Contains(code);

    /// <summary><c>//container/cbc:ID = code</c> (as written) exists.</summary>
    public bool AnyRaw(string code) => rawIds.Contains(code);

    private static void Add(Dictionary<string, int> counts, string code) => counts[code] = counts.GetValueOrDefault(code) + 1;
}
