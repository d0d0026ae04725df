namespace Efactura.Cli.Validate;

/// <summary>One file to validate: a path, or "-" for standard input.</summary>
/// <param name="Path">The path as given or found in a folder; "-" for standard input.</param>
/// <param name="Kind">XML or JSON, from the extension (standard input: from the first character).</param>
internal sealed record ValidationInput(string Path, InputKind Kind)
{
    /// <summary>The name shown in reports.</summary>
    public string DisplayName => Path == "-" ? "stdin" : Path;

    /// <summary>
    /// The files the arguments name: files as given, folders searched recursively for *.xml and *.json (sorted),
    /// "-" for standard input. A name that is neither a file nor a folder, or a folder without invoices, is a usage error.
    /// </summary>
    public static List<ValidationInput> Collect(IEnumerable<string> arguments)
    {
        var inputs = new List<ValidationInput>();
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                inputs.Add(new ValidationInput("-", InputKind.Xml));
                continue;
            }
            if (Directory.Exists(argument))
            {
                var found = Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Where(f => KindOf(f) is not null)
                    .Order(StringComparer.Ordinal)
                    .Select(f => new ValidationInput(f, KindOf(f)!.Value))
                    .ToList();
                if (found.Count == 0) throw new UsageException($"no .xml or .json files in folder: {argument}");
                inputs.AddRange(found);
                continue;
            }
            if (!File.Exists(argument)) throw new UsageException($"file not found: {argument}");
            inputs.Add(new ValidationInput(argument, KindOf(argument) ?? InputKind.Xml));
        }
        return inputs;
    }

    /// <summary>JSON when the first non-blank character opens an object, XML otherwise: for standard input.</summary>
    public static InputKind Sniff(ReadOnlySpan<byte> content)
    {
        foreach (var b in content)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF) continue;
            return b == (byte)'{' ? InputKind.Json : InputKind.Xml;
        }
        return InputKind.Xml;
    }

    private static InputKind? KindOf(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xml" => InputKind.Xml,
        ".json" => InputKind.Json,
        _ => null,
    };
}
