using System.Security.Cryptography;
using Efactura.Core.Comparison;
using Efactura.Core.Model;
using Efactura.Testing;

namespace Efactura.Ubl.Tests.Cii;

/// <summary>
/// CEN's paired examples (CII_exampleN.xml and ubl-tc434-exampleN.xml, the same invoice in both syntaxes, see
/// CenExamples/README.md): the CII reader must give what the UBL reader gives for the twin, and the UBL our writer
/// makes of it must pass the official EN 16931 rules (the oracle's verdicts, recorded in oracle-verdicts.tsv).
/// Set EFACTURA_WRITE_CII_UBL=folder to write that UBL for the oracle.
/// </summary>
public class CenPairedExamplesTests
{
    private static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "Efactura.Ubl.Tests", "Cii", "CenExamples");

    public static TheoryData<int> Pairs() => [.. Enumerable.Range(1, 9)];

    private static Invoice ReadCii(int n)
    {
        using var file = File.OpenRead(Path.Combine(Folder, $"CII_example{n}.xml"));
        return new InvoiceXmlReader().Read(file);
    }

    private static Invoice ReadUbl(int n)
    {
        using var file = File.OpenRead(Path.Combine(Folder, $"ubl-tc434-example{n}.xml"));
        return new UblReader().Read(file);
    }

    // Where CEN's two files of a pair state different things (checked by hand; the file says where and why).
    private static string[] KnownDifferences(int n) =>
    [
        .. File.ReadAllLines(Path.Combine(Folder, "known-differences.tsv")).Skip(1)
            .Select(l => l.Split('\t')).Where(c => c[0] == n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(c => c[1]),
    ];

    [Theory]
    [MemberData(nameof(Pairs))]
    public void A_CII_example_reads_to_the_number_dates_currency_parties_lines_and_amounts_of_its_UBL_twin(int n)
    {
        var differences = TwinComparison.Differences(ReadCii(n), ReadUbl(n));

        differences.ShouldBe(KnownDifferences(n), ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_UBL_written_from_a_CII_example_reads_back_to_the_same_invoice(int n)
    {
        var cii = ReadCii(n);

        var again = new UblReader().Read(new MemoryStream(new UblWriter().ToBytes(cii)));

        // The writer states BT-110 from the breakdown when the document leaves it out (example 7), as UBL's TaxTotal needs it.
        var expected = cii with { Totals = cii.Totals with { VatTotal = cii.Totals.VatTotal ?? cii.VatBreakdown.Sum(b => b.TaxAmount) } };
        InvoiceDifference.First(expected, again).ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_UBL_written_from_a_CII_example_passed_the_official_EN_16931_rules(int n)
    {
        var ubl = new UblWriter().ToBytes(ReadCii(n));
        var name = $"CII_example{n}.ubl.xml";
        if (Environment.GetEnvironmentVariable("EFACTURA_WRITE_CII_UBL") is { Length: > 0 } target)
            File.WriteAllBytes(Path.Combine(target, name), ubl);

        var verdict = CiiOracleVerdicts.Load(Path.Combine(Folder, "oracle-verdicts.tsv")).Single(v => v.File == name);

        verdict.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(ubl)), $"{name} changed since the oracle judged it: re-run it (CenExamples/README.md)");
        verdict.Xsd.ShouldBe("VALID");
        verdict.Fatal.ShouldBeEmpty();
    }
}
