namespace Efactura.Validation.Tests.Corpus;

/// <summary>
/// known-disagreements.tsv: the (file, profile) pairs where the validator does not agree with the official
/// one yet, each with its reason. The agreement tests fail on a disagreement not listed and on a listed pair
/// that agrees now, so the list can only shrink. EFACTURA_WRITE_KNOWN=1 rewrites it from the current state.
/// </summary>
internal static class KnownDisagreements
{
    public const string FileName = "known-disagreements.tsv";

    public static string SourcePath => Path.Combine(Efactura.Testing.TestPaths.RepositoryRoot, "tests", "Efactura.Validation.Tests", FileName);

    public static bool Rewrite => Environment.GetEnvironmentVariable("EFACTURA_WRITE_KNOWN") is "1";

    public static Dictionary<(string File, string Profile, string Check), string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        if (!File.Exists(path)) return [];
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToDictionary(c => (c[0], c[1], c[2]), c => c.Length > 3 ? c[3] : "");
    }

    public static void Save(IEnumerable<Disagreement> all, string check)
    {
        var kept = File.Exists(SourcePath)
            ? File.ReadAllLines(SourcePath).Where(l => l.Length > 0 && !l.StartsWith('#') && l.Split('\t')[2] != check).ToList()
            : [];
        var rows = kept.Concat(all.Select(d => $"{d.File}\t{d.Profile}\t{check}\t{d.Reason}")).Order(StringComparer.Ordinal);
        File.WriteAllLines(SourcePath, new[] { "# file\tprofile\tcheck\treason (see CorpusAgreementTests)" }.Concat(rows));
    }
}

/// <summary>A (file, profile) pair where the validator's verdict differs from the official one.</summary>
internal sealed record Disagreement(string File, string Profile, string Reason);
