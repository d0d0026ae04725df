using System.Text.Json;
using System.Xml.Linq;
using Efactura.Core.Json;
using Efactura.Testing;
using Efactura.Ubl;
using Efactura.Validation.Fields;

namespace Efactura.Validation.Tests.Fields;

/// <summary>The XPath → JSON pointer table covers every element and attribute the writer emits for the examples.</summary>
public sealed class FieldPointersTests
{
    public static TheoryData<string> Examples() => [.. Directory.GetFiles(TestPaths.Examples, "*.json").Select(Path.GetFileName).OfType<string>().Order()];

    // Computed totals with no input of their own point at the document.
    private static readonly string[] DocumentLevelTotals = ["TaxTotal/TaxAmount", "LegalMonetaryTotal/TaxExclusiveAmount", "LegalMonetaryTotal/TaxInclusiveAmount", "LegalMonetaryTotal/PayableAmount"];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_written_node_points_into_the_json_it_came_from(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Examples, name));
        var invoice = InvoiceJson.Parse(bytes).Invoice.ShouldNotBeNull();
        using var json = JsonDocument.Parse(bytes);
        var layout = new JsonLayout(json.RootElement);
        var pointers = new FieldPointers(invoice, layout);
        var xml = XDocument.Parse(new UblWriter().ToXml(invoice));
        var problems = new List<string>();

        foreach (var (xpath, shortPath, isLeaf) in Nodes(xml.Root!, ""))
        {
            var pointer = pointers.For(null, xpath);
            if (pointer is null) problems.Add($"{xpath}: no pointer");
            else if (pointer.Length == 0 && isLeaf && !DocumentLevelTotals.Any(shortPath.EndsWith)) problems.Add($"{xpath}: points at the document");
            else if (pointer.Length > 0 && !layout.Has(pointer) && !layout.Has(Parent(pointer))) problems.Add($"{xpath}: {pointer} is not in the JSON");
        }

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems.Take(20)));
    }

    [Theory]
    [InlineData("/ubl:Invoice[1]/cac:InvoiceLine[3]/cac:Price[1]/cbc:PriceAmount[1]", "/lines/2/unitPrice")]
    [InlineData("/ubl:Invoice[1]/cac:InvoiceLine[1]/cbc:InvoicedQuantity[1]/@unitCode", "/lines/0/unit")]
    [InlineData("/ubl:Invoice[1]/cac:InvoiceLine[2]/cac:Item[1]/cac:ClassifiedTaxCategory[1]/cbc:Percent[1]", "/lines/1/vatRate")]
    [InlineData("/ubl:Invoice[1]/cac:AccountingSupplierParty[1]/cac:Party[1]/cac:PartyTaxScheme[1]/cbc:CompanyID[1]", "/supplier/vatNumber")]
    [InlineData("/ubl:Invoice[1]/cac:AccountingSupplierParty[1]/cac:Party[1]/cac:PartyLegalEntity[1]/cbc:CompanyID[1]", "/supplier/tradeRegister")]
    [InlineData("/ubl:Invoice[1]/cac:AccountingCustomerParty[1]/cac:Party[1]/cac:PostalAddress[1]/cbc:CountrySubentity[1]", "/customer/address/county")]
    [InlineData("/ubl:Invoice[1]/cac:PaymentMeans[1]/cac:PayeeFinancialAccount[1]/cbc:ID[1]", "/payment/iban")]
    [InlineData("/ubl:Invoice[1]/cac:TaxTotal[1]/cac:TaxSubtotal[1]/cac:TaxCategory[1]/cbc:Percent[1]", "/lines/0/vatRate")]
    [InlineData("/ubl:Invoice[1]/cac:LegalMonetaryTotal[1]/cbc:LineExtensionAmount[1]", "/lines")]
    [InlineData("/ubl:Invoice[1]/cac:LegalMonetaryTotal[1]/cbc:PayableAmount[1]", "")]
    [InlineData("/ubl:Invoice[1]", "")]
    public void Paths_of_the_first_example_map_to_its_fields(string xpath, string pointer)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Examples, "01-b2b-ron-21.json"));
        using var json = JsonDocument.Parse(bytes);

        new FieldPointers(InvoiceJson.Parse(bytes).Invoice!, new JsonLayout(json.RootElement)).For(null, xpath).ShouldBe(pointer);
    }

    [Fact]
    public void A_rule_about_a_missing_field_points_at_that_field_not_at_the_document()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Examples, "01-b2b-ron-21.json"));
        using var json = JsonDocument.Parse(bytes);
        var pointers = new FieldPointers(InvoiceJson.Parse(bytes).Invoice!, new JsonLayout(json.RootElement));

        pointers.For("BR-RO-082", "/ubl:Invoice[1]").ShouldBe("/customer/address/street");
        pointers.For("BR-27", "/ubl:Invoice[1]/cac:InvoiceLine[3]").ShouldBe("/lines/2/unitPrice");
        pointers.For("BR-XX-UNKNOWN", "/ubl:Invoice[1]/cac:InvoiceLine[3]").ShouldBe("/lines/2");
    }

    [Fact]
    public void Every_CIUS_RO_length_rule_points_at_its_field_not_at_the_element_it_is_checked_on()
    {
        var ruleSet = Efactura.Validation.Rules.RuleSets.CiusRo;
        var ids = ruleSet.Ids.Where(id => id.StartsWith("BR-RO-L", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var examples = Directory.GetFiles(TestPaths.Examples, "*.json").Order(StringComparer.Ordinal).Select(Load).ToList();
        var problems = new List<string>();

        foreach (var id in ids)
        {
            var rule = ruleSet.Patterns.SelectMany(p => p.Rules).First(r => r.Assertions.Any(a => a.Id == id));
            // The first element the rule is checked on, in the first example that has one (else one its path selects:
            // no example has a line charge).
            var (pointers, layout, found) = examples.Select(e => (e.Pointers, e.Layout, Context: FirstMatch(e.Document, rule.Matches))).FirstOrDefault(e => e.Context is not null);
            if (found is null) (pointers, layout, found) = examples.Select(e => (e.Pointers, e.Layout, Context: FirstMatch(e.Document, rule.Context.Matches))).FirstOrDefault(e => e.Context is not null);
            if (found is not { } context)
            {
                problems.Add($"{id}: no example has an element {rule.ContextText}");
                continue;
            }
            var atContext = pointers.For(null, context.Path());
            var atField = pointers.For(id, context.Path());
            // The context may already be the field: a note (BR-RO-L302), an item attribute written as "name": "value".
            var contextIsTheField = id == "BR-RO-L302" || layout.Has(atField ?? "") && !layout.IsObject(atField ?? "");
            if (atField is null || atField.Length == 0 || atField == atContext && !contextIsTheField) problems.Add($"{id} on {context.Path()}: {atField}");
        }

        ids.Count.ShouldBe(64);
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    private static (FieldPointers Pointers, JsonLayout Layout, Efactura.Validation.Xml.UblDocument Document) Load(string file)
    {
        var bytes = File.ReadAllBytes(file);
        var invoice = InvoiceJson.Parse(bytes).Invoice!;
        var layout = new JsonLayout(JsonDocument.Parse(bytes).RootElement.Clone());
        return (new FieldPointers(invoice, layout), layout, Efactura.Validation.Xml.DocumentParser.Parse(new UblWriter().ToXml(invoice), long.MaxValue));
    }

    /// <summary>The first element of the document (document order) that matches, or null (not a default handle).</summary>
    private static Efactura.Validation.Xml.Element? FirstMatch(Efactura.Validation.Xml.UblDocument document, Func<Efactura.Validation.Xml.Element, bool> matches)
    {
        foreach (var element in document.All)
        {
            if (matches(element)) return element;
        }
        return null;
    }

    private static string Parent(string pointer) => pointer[..pointer.LastIndexOf('/')];

    private static IEnumerable<(string XPath, string ShortPath, bool IsLeaf)> Nodes(XElement element, string parentPath)
    {
        var position = element.ElementsBeforeSelf(element.Name).Count() + 1;
        var prefix = element.Name.NamespaceName switch
        {
            "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" => "cac:",
            "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" => "cbc:",
            "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" => "cn:",
            _ => "ubl:",
        };
        var path = $"{parentPath}/{prefix}{element.Name.LocalName}[{position}]";
        var shortPath = string.Join('/', element.AncestorsAndSelf().Reverse().Skip(1).Select(e => e.Name.LocalName));
        yield return (path, shortPath, !element.HasElements);
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            yield return ($"{path}/@{attribute.Name.LocalName}", shortPath + "/@" + attribute.Name.LocalName, true);
        foreach (var child in element.Elements())
        {
            foreach (var node in Nodes(child, path)) yield return node;
        }
    }
}
