namespace Efactura.Validation.Tests.Corpus;

/// <summary>One row of the corpus's expected.tsv: a file and the official validators' verdicts on it.</summary>
internal sealed record ExpectedRow(
    string File,
    string Xsd,
    IReadOnlySet<string> En16931Fired,
    IReadOnlySet<string> CiusRoFired,
    string Scope,
    bool ScopeHoldsEn16931,
    bool ScopeHoldsCiusRo)
{
    public static IReadOnlyList<ExpectedRow> Load(string corpus)
    {
        var lines = System.IO.File.ReadAllLines(Path.Combine(corpus, "expected.tsv"));
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name);
        var (file, xsd, en, ro, scope, holdsEn, holdsRo) = (Column("file"), Column("xsd"), Column("en16931_fired"), Column("ciusro_fired"),
            Column("scope"), Column("scope_holds_en16931"), Column("scope_holds_ciusro"));
        return lines.Skip(1)
            .Select(line => line.Split('\t'))
            .Select(c => new ExpectedRow(c[file], c[xsd], Fired(c[en]), Fired(c[ro]), c[scope], c[holdsEn] == "yes", c[holdsRo] == "yes"))
            .ToList();
    }

    private static HashSet<string> Fired(string column) =>
        column is "-" or "" ? [] : column.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> Fired(ValidationProfile profile) => profile == ValidationProfile.CiusRo ? CiusRoFired : En16931Fired;

    public bool ScopeHolds(ValidationProfile profile) => profile == ValidationProfile.CiusRo ? ScopeHoldsCiusRo : ScopeHoldsEn16931;
}
