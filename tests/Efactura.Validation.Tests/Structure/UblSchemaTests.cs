using System.Security.Cryptography;
using Efactura.Validation.Structure;

namespace Efactura.Validation.Tests.Structure;

/// <summary>The embedded table describes UBL 2.1 as its schemas do (facts read from the OASIS XSDs).</summary>
public sealed class UblSchemaTests
{
    private readonly UblSchema schema = UblSchema.Instance;

    [Fact]
    public void Every_global_element_of_the_schema_set_is_declared() => schema.Count.ShouldBe(1622);

    [Fact]
    public void An_invoice_starts_with_the_optional_header_elements_and_requires_its_number_and_date()
    {
        var content = schema.Invoice.Type.ShouldBeOfType<ComplexType>().Content;

        content.Particles.Take(7).Select(p => (p.Readable, p.Min, p.Max)).ShouldBe([
            ("ext:UBLExtensions", 0, 1), ("cbc:UBLVersionID", 0, 1), ("cbc:CustomizationID", 0, 1), ("cbc:ProfileID", 0, 1),
            ("cbc:ProfileExecutionID", 0, 1), ("cbc:ID", 1, 1), ("cbc:CopyIndicator", 0, 1),
        ]);
        content.Particles[^1].Readable.ShouldBe("cac:InvoiceLine");
        (content.Particles[^1].Min, content.Particles[^1].Max).ShouldBe((1, int.MaxValue));
    }

    [Fact]
    public void Amounts_and_quantities_are_decimals_amounts_require_a_currency()
    {
        var amount = schema.Declaration(MinimalDocument.Cbc, "PayableAmount")!.Type.ShouldBeOfType<SimpleContentType>();
        amount.Text.ShouldBe(BuiltInType.Decimal);
        amount.Attribute("currencyID")!.Required.ShouldBeTrue();

        var quantity = schema.Declaration(MinimalDocument.Cbc, "InvoicedQuantity")!.Type.ShouldBeOfType<SimpleContentType>();
        quantity.Text.ShouldBe(BuiltInType.Decimal);
        quantity.Attribute("unitCode")!.Required.ShouldBeFalse();

        var binary = schema.Declaration(MinimalDocument.Cbc, "EmbeddedDocumentBinaryObject")!.Type.ShouldBeOfType<SimpleContentType>();
        binary.Text.ShouldBe(BuiltInType.Base64Binary);
        binary.Attribute("mimeCode")!.Required.ShouldBeTrue();
        binary.Attribute("filename")!.Required.ShouldBeFalse();
    }

    [Fact]
    public void Extension_content_is_one_lax_element_of_another_namespace()
    {
        var particle = schema.Declaration(MinimalDocument.Ext, "ExtensionContent")!.Type.ShouldBeOfType<ComplexType>().Content.Particles.ShouldHaveSingleItem();

        particle.Wildcard.ShouldBe(new Wildcard("##other", MinimalDocument.Ext, ProcessContents.Lax));
        (particle.Min, particle.Max).ShouldBe((1, 1));
    }

    [Fact]
    public void The_table_was_generated_from_the_schemas_at_hand()
    {
        var directory = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "efactura-oracle", "rules", "ubl-2.1-xsd");
        var table = Path.Combine(Efactura.Testing.TestPaths.RepositoryRoot, "src", "Efactura.Validation", "Structure", "ubl-2.1-structure.txt");
        var recorded = File.ReadLines(table).TakeWhile(l => l.StartsWith('#')).Where(l => l.Contains(" sha256 ", StringComparison.Ordinal)).ToList();
        recorded.Count.ShouldBe(16);
        if (!Directory.Exists(directory)) Efactura.Testing.Strict.Missing($"the UBL 2.1 schemas are not in {directory} (../shared/oracle/get-rules.sh puts them there)");
        foreach (var line in recorded)
        {
            var parts = line.TrimStart('#', ' ').Split(' ');
            Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(directory, parts[0])))).ShouldBe(parts[2], parts[0]);
        }
    }
}
