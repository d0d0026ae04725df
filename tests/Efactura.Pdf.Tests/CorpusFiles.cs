using Efactura.Testing;

namespace Efactura.Pdf.Tests;

/// <summary>The shared corpus's real invoices that its expected.tsv calls XSD-valid.</summary>
internal static class CorpusFiles
{
    public static IReadOnlyList<string> XsdValid()
    {
        var path = Path.Combine(TestPaths.Corpus, "expected.tsv");
        var header = File.ReadLines(path).First().Split('\t');
        var file = Array.IndexOf(header, "file");
        var xsd = Array.IndexOf(header, "xsd");
        return File.ReadLines(path).Skip(1).Select(row => row.Split('\t')).Where(c => c[xsd] == "VALID").Select(c => c[file]).ToList();
    }
}
