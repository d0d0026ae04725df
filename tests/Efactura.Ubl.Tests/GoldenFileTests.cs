using Efactura.Testing;

namespace Efactura.Ubl.Tests;

/// <summary>
/// The samples as written are kept in Golden/ and were checked with the official validators (XSD, EN 16931,
/// CIUS-RO 1.0.9: no fatal rule). Any change of the writer's bytes shows here; when intended, regenerate with
/// EFACTURA_UPDATE_GOLDEN=1 and validate the files again.
/// </summary>
public class GoldenFileTests
{
    public static TheoryData<string> Samples => [.. SampleInvoices.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Writer_output_matches_the_validated_golden_file(string name)
    {
        var invoice = SampleInvoices.All.Single(s => s.Name == name).Invoice;
        var written = new UblWriter().ToBytes(invoice);
        var path = Path.Combine(TestPaths.RepositoryRoot, "tests", "Efactura.Ubl.Tests", "Golden", name + ".xml");
        if (Environment.GetEnvironmentVariable("EFACTURA_UPDATE_GOLDEN") == "1") File.WriteAllBytes(path, written);

        written.ShouldBe(File.ReadAllBytes(path), $"{name}.xml differs from the writer's output");
    }
}
