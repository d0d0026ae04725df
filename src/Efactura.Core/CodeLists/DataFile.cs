using System.Reflection;
using System.Text;

namespace Efactura.Core.CodeLists;

/// <summary>
/// Reads the code list data files embedded in this assembly (CodeLists/Data/*.tsv): one entry a line,
/// <c>key&lt;TAB&gt;value</c> or a bare key; blank lines and lines starting with '#' are comments.
/// </summary>
internal static class DataFile
{
    private const string ResourcePrefix = "Efactura.Core.CodeLists.Data.";

    /// <summary>The rows of one data file, in file order; the value is null when the line has none.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Read(string fileName)
    {
        using var stream = typeof(DataFile).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The code list data file {fileName} is not embedded in {typeof(DataFile).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<KeyValuePair<string, string?>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            rows.Add(ParseLine(line));
        }

        return rows;
    }

    private static KeyValuePair<string, string?> ParseLine(string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab < 0) return new(line, null);
        var value = line[(tab + 1)..];
        return new(line[..tab], value.Length == 0 ? null : value);
    }
}
