using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Efactura.Core.Json;
using Efactura.Testing;

namespace Efactura.Core.Tests.Json;

/// <summary>
/// docs/json-contract.md is the reference users read; it is generated from the field classes' XML docs
/// so it can never drift from the code. EFACTURA_UPDATE_DOCS=1 rewrites it.
/// </summary>
public partial class JsonContractDocumentTests
{
    private static readonly (string Title, Type Fields)[] Sections =
    [
        ("Invoice (the root object)", typeof(InvoiceFields)),
        ("Parties: `supplier`, `customer`", typeof(PartyFields)),
        ("Addresses", typeof(AddressFields)),
        ("Lines: `lines[]`", typeof(LineFields)),
        ("Allowances and charges", typeof(AllowanceChargeFields)),
        ("Payment: `payment`", typeof(PaymentFields)),
        ("Expected totals: `expectedTotals`", typeof(TotalsFields)),
        ("Smaller objects", typeof(ComponentFields)),
    ];

    [Fact]
    public void The_json_contract_document_lists_every_field_with_its_business_term()
    {
        var generated = Generate();
        var path = Path.Combine(TestPaths.RepositoryRoot, "docs", "json-contract.md");
        if (Environment.GetEnvironmentVariable("EFACTURA_UPDATE_DOCS") == "1") File.WriteAllText(path, generated);

        File.Exists(path).ShouldBeTrue("docs/json-contract.md is missing: run the tests with EFACTURA_UPDATE_DOCS=1");
        File.ReadAllText(path).ShouldBe(generated, "docs/json-contract.md is out of date: run the tests with EFACTURA_UPDATE_DOCS=1");
    }

    [Fact]
    public void Every_field_is_documented()
    {
        var docs = Documentation();
        foreach (var (_, fields) in Sections)
            foreach (var field in Constants(fields))
                docs.ShouldContainKey($"F:{fields.FullName}.{field.Name}", $"{fields.Name}.{field.Name} has no XML doc");
    }

    private static string Generate()
    {
        var docs = Documentation();
        var text = new StringBuilder();
        text.Append("""
            # The efactura JSON invoice

            Generated from `src/Efactura.Core/Json/*Fields.cs` by `JsonContractDocumentTests`; do not edit by hand.
            Amounts and quantities are JSON numbers or strings, read as exact decimals; dates are `yyyy-MM-dd`.
            Field names are case-insensitive; unknown fields get a warning naming the closest known one.
            See `examples/` for complete invoices.

            """);
        foreach (var (title, fields) in Sections)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {title}\n\n");
            if (docs.TryGetValue($"T:{fields.FullName}", out var intro)) text.Append(intro).Append("\n\n");
            text.Append("| field | meaning |\n|---|---|\n");
            foreach (var field in Constants(fields))
            {
                var name = (string)field.GetRawConstantValue()!;
                var meaning = docs.GetValueOrDefault($"F:{fields.FullName}.{field.Name}", "");
                text.Append(CultureInfo.InvariantCulture, $"| `{name}` | {meaning.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            }
        }
        return text.ToString();
    }

    private static IEnumerable<FieldInfo> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).OrderBy(f => f.MetadataToken);

    private static Dictionary<string, string> Documentation()
    {
        var file = Path.ChangeExtension(typeof(InvoiceFields).Assembly.Location, ".xml");
        return XDocument.Load(file).Descendants("member")
            .Where(m => m.Element("summary") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => Flatten(m.Element("summary")!));
    }

    // <c>x</c> → `x`; <see cref="T:A.B.C"/> → C; whitespace collapsed to single spaces.
    private static string Flatten(XElement summary)
    {
        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "c" } c => $"`{c.Value}`",
                XElement { Name.LocalName: "see" } s => ((string?)s.Attribute("cref") ?? (string?)s.Attribute("langword") ?? "").Split('.', ':').Last(),
                XElement e => e.Value,
                _ => "",
            });
        }
        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
