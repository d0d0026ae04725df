using Efactura.Testing;
using Efactura.Validation.Structure;
using Efactura.Validation.Tests.Corpus;
using Efactura.Validation.Xml;

namespace Efactura.Validation.Tests.Structure;

/// <summary>
/// The structural check agrees with the JDK's XML Schema validator (what the oracle and ANAF run) on the shared
/// corpus: the xsd verdict of every file in expected.tsv, and every error line it reports (jdk-xsd-errors.tsv,
/// written by tools/XsdErrors from the same JDK; its first line per file equals the oracle's --tsv output).
/// Positions differ by design: the JDK reports where its parser stands (the end of a start tag, or of an end
/// tag for an incomplete element or a value), we report the start of the element's or attribute's name.
/// </summary>
public sealed class StructureAgreementTests
{
    private const string UblNamespacePrefix = "urn:oasis:names:specification:ubl:schema:xsd:";

    [Fact]
    public void Xsd_verdict_matches_the_official_one_on_every_corpus_file()
    {
        var corpus = TestPaths.Corpus;
        var disagreements = new List<Disagreement>();
        var rows = ExpectedRow.Load(corpus);
        foreach (var row in rows)
        {
            var valid = Issues(Path.Combine(corpus, row.File)).Count == 0;
            if (valid != (row.Xsd == "VALID")) disagreements.Add(new Disagreement(row.File, "xsd", $"official {row.Xsd}, ours {(valid ? "VALID" : "INVALID")}"));
        }
        rows.Count.ShouldBeGreaterThan(600);
        Compare(disagreements, "xsd-verdict");
    }

    [Fact]
    public void Every_error_has_the_JDK_id_wording_and_order_on_every_corpus_file()
    {
        var corpus = TestPaths.Corpus;
        var expected = JdkErrors();
        var disagreements = new List<Disagreement>();
        foreach (var row in ExpectedRow.Load(corpus))
        {
            var ours = Issues(Path.Combine(corpus, row.File)).Select(i => i.OfficialText.Replace(UblNamespacePrefix, "~", StringComparison.Ordinal)).ToList();
            var theirs = expected.GetValueOrDefault(row.File, []);
            if (ours.SequenceEqual(theirs)) continue;
            var first = ours.Zip(theirs).Select((pair, index) => (pair, index)).FirstOrDefault(p => p.pair.First != p.pair.Second);
            disagreements.Add(new Disagreement(row.File, "xsd", ours.Count != theirs.Count && first.pair == default
                ? $"{theirs.Count} JDK errors, {ours.Count} ours"
                : $"error {first.index + 1}: JDK '{first.pair.Second}', ours '{first.pair.First}'"));
        }
        expected.Values.Sum(v => v.Count).ShouldBeGreaterThan(1000);
        Compare(disagreements, "xsd-messages");
    }

    [Fact]
    public void Every_example_is_structurally_valid()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.Examples, "expected"), "*.xml");
        files.ShouldNotBeEmpty();
        foreach (var file in files) Issues(file).ShouldBeEmpty(Path.GetFileName(file));
    }

    private static IReadOnlyList<StructureIssue> Issues(string path)
    {
        using var stream = File.OpenRead(path);
        return StructureChecker.Check(DocumentParser.Parse(stream, long.MaxValue));
    }

    /// <summary>jdk-xsd-errors.tsv: per file, the JDK's messages in order (the UBL namespace prefix written as ~).</summary>
    private static Dictionary<string, List<string>> JdkErrors() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Structure", "jdk-xsd-errors.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .GroupBy(c => c[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c[3]).ToList(), StringComparer.Ordinal);

    private static void Compare(List<Disagreement> disagreements, string check)
    {
        if (KnownDisagreements.Rewrite)
        {
            KnownDisagreements.Save(disagreements, check);
            return;
        }
        var known = KnownDisagreements.Load().Where(k => k.Key.Check == check).Select(k => k.Key.File).ToHashSet(StringComparer.Ordinal);
        var problems = disagreements.Where(d => !known.Contains(d.File)).Select(d => $"new disagreement: {d.File} {d.Reason}")
            .Concat(known.Except(disagreements.Select(d => d.File)).Select(f => $"agrees now, remove from {KnownDisagreements.FileName}: {f}"))
            .ToList();
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems.Take(40)));
    }
}
