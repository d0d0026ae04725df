using Efactura.Core.Json;
using Efactura.Ubl;

namespace Efactura.Benchmarks;

/// <summary>The documents the validation benchmarks read: examples, the shared corpus, generated invoices.</summary>
internal static class BenchmarkFiles
{
    /// <summary>The repository root: the nearest ancestor of the running binary holding Directory.Build.props and src/.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared corpus (../shared/corpus beside some ancestor of the repository, or $EFACTURA_SHARED/corpus).</summary>
    public static string Corpus { get; } = FindCorpus();

    public static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(RepositoryRoot, "examples", "expected", name + ".xml"));

    public static byte[] CorpusFile(string relativePath) => File.ReadAllBytes(Path.Combine(Corpus, relativePath));

    /// <summary>The document a command line names: a file, or <c>generated:N</c> for the generated N-line invoice.</summary>
    public static byte[] Named(string fileOrGenerated) => fileOrGenerated.StartsWith("generated:", StringComparison.Ordinal)
        ? Generated(int.Parse(fileOrGenerated["generated:".Length..], System.Globalization.CultureInfo.InvariantCulture))
        : File.ReadAllBytes(fileOrGenerated);

    /// <summary>Every XSD-valid document of the corpus (expected.tsv), as bytes.</summary>
    public static IReadOnlyList<byte[]> ValidCorpus()
    {
        var lines = File.ReadAllLines(Path.Combine(Corpus, "expected.tsv"));
        var header = lines[0].Split('\t');
        var (file, xsd) = (Array.IndexOf(header, "file"), Array.IndexOf(header, "xsd"));
        return lines.Skip(1).Select(l => l.Split('\t')).Where(c => c[xsd] == "VALID").Select(c => CorpusFile(c[file])).ToList();
    }

    /// <summary>A generated RON invoice of the given number of lines (two VAT rates), written by the UBL writer.</summary>
    public static byte[] Generated(int lines)
    {
        var parsed = InvoiceJson.Parse(SampleInvoices.Json(lines));
        if (!parsed.IsSuccess) throw new InvalidOperationException(string.Join("\n", parsed.Findings));
        return new UblWriter().ToBytes(parsed.Invoice!);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")) && Directory.Exists(Path.Combine(dir.FullName, "src"))) return dir.FullName;
        }
        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    }

    private static string FindCorpus()
    {
        if (Environment.GetEnvironmentVariable("EFACTURA_SHARED") is { Length: > 0 } shared) return Path.Combine(shared, "corpus");
        for (var dir = new DirectoryInfo(RepositoryRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        return Path.Combine(RepositoryRoot, "..", "shared", "corpus");
    }
}
