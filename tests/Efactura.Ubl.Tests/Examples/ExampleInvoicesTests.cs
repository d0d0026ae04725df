using System.Text;
using Efactura.Core.Json;
using Efactura.Testing;

namespace Efactura.Ubl.Tests.Examples;

/// <summary>
/// The invoices in examples/ are what users copy from: each must convert, produce exactly the committed
/// XML, and carry the official validator's verdict (XSD-valid, no fatal CIUS-RO rule) as test data.
/// Set EFACTURA_UPDATE_EXAMPLES=1 to rewrite the expected XML after a deliberate change, then re-run the
/// oracle (examples/check-with-oracle.sh) to refresh the verdicts.
/// </summary>
public class ExampleInvoicesTests
{
    private static readonly bool Update = Environment.GetEnvironmentVariable("EFACTURA_UPDATE_EXAMPLES") == "1";

    private static IEnumerable<string> Names() =>
        Directory.GetFiles(TestPaths.Examples, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order();

    public static TheoryData<string> Examples() => [.. Names()];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_converts_to_the_committed_xml(string name)
    {
        var parsed = InvoiceJson.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Examples, name + ".json")));
        parsed.Findings.ShouldBeEmpty($"{name}.json should convert without findings");

        var xml = new UblWriter().ToBytes(parsed.Invoice!);

        var expectedPath = Path.Combine(TestPaths.Examples, "expected", name + ".xml");
        if (Update) File.WriteAllBytes(expectedPath, xml);
        File.Exists(expectedPath).ShouldBeTrue($"examples/expected/{name}.xml is missing (run with EFACTURA_UPDATE_EXAMPLES=1)");
        Encoding.UTF8.GetString(xml).ShouldBe(File.ReadAllText(expectedPath, Encoding.UTF8), $"{name}: the XML differs from examples/expected/{name}.xml");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Official_validator_accepted_the_example(string name)
    {
        var verdict = OracleVerdicts.Load().SingleOrDefault(v => v.File == $"expected/{name}.xml");
        verdict.ShouldNotBeNull($"examples/oracle-verdicts.tsv has no row for {name}: run examples/check-with-oracle.sh");
        verdict.Xsd.ShouldBe("VALID");
        verdict.CiusRoFatal.ShouldBeEmpty($"{name}: ANAF's CIUS-RO rules fired fatal");
    }

    [Fact]
    public void Verdicts_were_recorded_on_the_committed_xml()
    {
        // The oracle records the SHA-256 of each file it judged: a changed XML needs a new verdict.
        foreach (var verdict in OracleVerdicts.Load())
        {
            var path = Path.Combine(TestPaths.Examples, verdict.File);
            File.Exists(path).ShouldBeTrue($"verdict for a file that does not exist: {verdict.File}");
            OracleVerdicts.Sha256(path).ShouldBe(verdict.Sha256, $"{verdict.File} changed after the oracle judged it");
        }
    }

    [Fact]
    public void Examples_cover_what_romanian_businesses_send()
    {
        Names().Count().ShouldBeGreaterThanOrEqualTo(25);
    }

    [Fact]
    public void Examples_parse_back_from_their_xml_to_the_same_invoice()
    {
        foreach (var name in Names())
        {
            var fromJson = InvoiceJson.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Examples, name + ".json"))).Invoice!;
            var fromXml = new UblReader().Read(new MemoryStream(new UblWriter().ToBytes(fromJson)));
            Efactura.Core.Comparison.InvoiceDifference.First(fromJson, fromXml).ShouldBeNull(name);
        }
    }
}
