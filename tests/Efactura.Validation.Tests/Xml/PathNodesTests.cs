using Efactura.Testing;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Tests.Xml;

/// <summary>Walking a child path without a list gives the elements <see cref="Element.Select"/> lists, in the same order.</summary>
public sealed class PathNodesTests
{
    private static readonly Name[][] Paths =
    [
        [],
        [Cac.InvoiceLine],
        [Cac.InvoiceLine, Cac.Item, Cac.ClassifiedTaxCategory],
        [Cac.TaxTotal, Cac.TaxSubtotal, Cac.TaxCategory, Cbc.ID],
        [Cac.AccountingSupplierParty, Cac.Party, Cac.PostalAddress, Cac.AddressLine, Cbc.Line],
        [Cbc.Note],
        [Cac.Delivery, Cac.DeliveryLocation],
    ];

    [Fact]
    public void Every_path_of_every_example_gives_the_listed_elements_in_order()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestPaths.Examples, "expected"), "*.xml"))
        {
            var root = DocumentParser.Parse(File.ReadAllBytes(file), long.MaxValue).Root;
            foreach (var path in Paths)
            {
                var walked = new List<Element>();
                foreach (var element in root.Along(path)) walked.Add(element);
                walked.ShouldBe(root.Select(path), $"{Path.GetFileName(file)} {string.Join('/', path)}");
            }
        }
    }

    [Fact]
    public void A_path_longer_than_the_limit_is_refused() =>
        Should.Throw<ArgumentException>(() => new PathNodes(Leaf(), new Name[PathNodes.MaxSteps + 1]));

    private static Element Leaf()
    {
        var table = new ElementTable(1);
        var index = table.Add(new NameEntry(Cbc.ID, NamespaceMap.CbcUri, "cbc:ID"), -1, 1, 1);
        table.Complete(index, "", false, [], []);
        return new Element(table, index);
    }
}
