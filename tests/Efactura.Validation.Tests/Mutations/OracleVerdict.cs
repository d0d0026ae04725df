namespace Efactura.Validation.Tests.Mutations;

/// <summary>
/// One row of mutation-verdicts.tsv: what the official validators (XSD, ANAF CIUS-RO 1.0.9, CEN EN 16931
/// 1.3.16) said about one mutation, written by check-with-oracle.sh beside this file.
/// </summary>
internal sealed record OracleVerdict(string Id, string Sha256, string Xsd, IReadOnlySet<string>? CiusRoFired, IReadOnlySet<string>? En16931Fired, string Description)
{
    public const string FileName = "mutation-verdicts.tsv";

    public static string SourcePath => Path.Combine(Efactura.Testing.TestPaths.RepositoryRoot, "tests", "Efactura.Validation.Tests", "Mutations", FileName);

    public bool XsdValid => Xsd == "VALID";

    /// <summary>The fired <c>id:flag</c> set, or null when the official Schematron stopped with a dynamic error.</summary>
    public IReadOnlySet<string>? Fired(ValidationProfile profile) => profile == ValidationProfile.CiusRo ? CiusRoFired : En16931Fired;

    public static IReadOnlyDictionary<string, OracleVerdict> Load()
    {
        var lines = File.ReadAllLines(SourcePath);
        var header = lines[0].Split('\t');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{FileName} has no column {name}");
        var (id, sha, xsd, ro, en, description) = (Column("id"), Column("sha256"), Column("xsd"), Column("ciusro_fired"), Column("en16931_fired"), Column("description"));
        return lines.Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(c => new OracleVerdict(c[id], c[sha], c[xsd], Set(c[ro]), Set(c[en]), c[description]))
            .ToDictionary(v => v.Id, StringComparer.Ordinal);
    }

    private static HashSet<string>? Set(string column) =>
        column == "ERROR" ? null : column is "-" or "" ? [] : column.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
