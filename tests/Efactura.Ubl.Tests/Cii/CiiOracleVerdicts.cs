namespace Efactura.Ubl.Tests.Cii;

/// <summary>One row of CenExamples/oracle-verdicts.tsv: the official EN 16931 rules' verdict on a written UBL.</summary>
/// <param name="File">The written file's name.</param>
/// <param name="Sha256">Its SHA-256, so that the verdict is known to be about the bytes written now.</param>
/// <param name="Xsd">The UBL 2.1 schema's verdict (VALID or INVALID).</param>
/// <param name="Fatal">The fatal rules that fired ("-" in the file when none).</param>
/// <param name="Warnings">The warnings that fired.</param>
internal sealed record CiiOracleVerdict(string File, string Sha256, string Xsd, string[] Fatal, string[] Warnings);

/// <summary>Reads CenExamples/oracle-verdicts.tsv.</summary>
internal static class CiiOracleVerdicts
{
    public static IReadOnlyList<CiiOracleVerdict> Load(string path) =>
        [.. System.IO.File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse)];

    private static CiiOracleVerdict Parse(string line)
    {
        var c = line.Split('\t');
        static string[] Ids(string s) => s == "-" ? [] : s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new CiiOracleVerdict(c[0], c[1], c[2], Ids(c[3]), Ids(c[4]));
    }
}
