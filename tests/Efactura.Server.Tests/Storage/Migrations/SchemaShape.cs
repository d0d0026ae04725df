using System.Text.RegularExpressions;
using Efactura.Server.Storage.Migrations;

namespace Efactura.Server.Tests.Storage.Migrations;

/// <summary>The tables and column names the scripts create, read from their text.</summary>
public static partial class SchemaShape
{
    public static Dictionary<string, List<string>> Of(IReadOnlyList<MigrationScript> scripts)
    {
        var tables = new Dictionary<string, List<string>>();
        foreach (Match table in CreateTable().Matches(string.Concat(scripts.Select(s => s.Sql))))
        {
            tables[table.Groups["name"].Value] = Column().Matches(table.Groups["body"].Value)
                .Select(c => c.Groups["column"].Value)
                .Where(c => c is not ("PRIMARY" or "UNIQUE"))
                .ToList();
        }
        return tables;
    }

    [GeneratedRegex(@"CREATE TABLE (?<name>\w+) \((?<body>.*?)\n\);", RegexOptions.Singleline)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^\s+(?<column>\w+)\s", RegexOptions.Multiline)]
    private static partial Regex Column();
}
