using System.Security.Cryptography;
using Efactura.Testing;

namespace Efactura.Ubl.Tests.Examples;

/// <summary>One row of examples/oracle-verdicts.tsv: what the official validators said about an example's XML.</summary>
internal sealed record OracleVerdict(string File, string Sha256, string Xsd, string[] CiusRoFatal, string[] CiusRoFired, string[] En16931Fired);

/// <summary>Reads examples/oracle-verdicts.tsv (written by examples/check-with-oracle.sh).</summary>
internal static class OracleVerdicts
{
    public static IReadOnlyList<OracleVerdict> Load()
    {
        var path = Path.Combine(TestPaths.Examples, "oracle-verdicts.tsv");
        if (!File.Exists(path)) return [];
        return [.. File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse)];
    }

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static OracleVerdict Parse(string line)
    {
        var c = line.Split('\t');
        string[] Ids(string s) => s == "-" ? [] : s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ciusro = Ids(c[3]);
        return new OracleVerdict(c[0], c[1], c[2], [.. ciusro.Where(id => id.EndsWith(":fatal", StringComparison.Ordinal))], ciusro, Ids(c[4]));
    }
}
