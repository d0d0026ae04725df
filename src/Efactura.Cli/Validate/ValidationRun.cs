namespace Efactura.Cli.Validate;

/// <summary>Everything one <c>efactura validate</c> found, in the order the files were given.</summary>
/// <param name="Profile">"ciusro" or "en16931".</param>
/// <param name="Files">One verdict per file.</param>
internal sealed record ValidationRun(string Profile, IReadOnlyList<FileVerdict> Files)
{
    public int Valid => Files.Count(f => f.IsValid);

    public int Invalid => Files.Count - Valid;

    /// <summary>The rules fired most, by the number of files they fired in, then by id: (id, flag, files, findings).</summary>
    public IReadOnlyList<(string Id, string Flag, int Files, int Findings)> TopRules(int count) =>
        [.. Files.SelectMany(f => f.Findings.Select(finding => (File: f.Path, finding.Code, Flag: Flags.Of(finding.Severity))))
            .GroupBy(x => (x.Code, x.Flag))
            .Select(g => (g.Key.Code, g.Key.Flag, g.Select(x => x.File).Distinct().Count(), g.Count()))
            .OrderByDescending(x => x.Item3).ThenByDescending(x => x.Item4).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Take(count)];
}
