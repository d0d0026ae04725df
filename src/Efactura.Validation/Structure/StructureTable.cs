using System.Globalization;

namespace Efactura.Validation.Structure;

/// <summary>
/// Reads the text table written by tools/UblStructureTables (its header documents the format) into element
/// declarations whose types and particles point at each other.
/// </summary>
internal static class StructureTable
{
    public static IReadOnlyList<ElementDeclaration> Read(TextReader text)
    {
        var lines = new List<string[]>();
        for (var line = text.ReadLine(); line is not null; line = text.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            lines.Add(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        var namespaces = lines.Where(l => l[0] == "namespace").ToDictionary(l => l[1], l => l[2], StringComparer.Ordinal);
        var elements = new Dictionary<string, ElementDeclaration>(StringComparer.Ordinal);
        var typeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l[0] == "element"))
        {
            var (prefix, local) = Split(line[1]);
            elements.Add(line[1], new ElementDeclaration(namespaces[prefix], local, prefix));
            typeOf.Add(line[1], line[2]);
        }

        var types = new Dictionary<string, TypeDefinition>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            TypeDefinition? type = line[0] switch
            {
                "value" => new SimpleContentType(line[1], BuiltInTypeNames.Parse(line[2]), [.. line.Skip(3).Select(Attribute)], isSimpleType: false),
                "simple" => new SimpleContentType(line[1], BuiltInTypeNames.Parse(line[2]), [], isSimpleType: true),
                "complex" => Complex(line, elements, namespaces),
                "open" => new OpenType(line[1]),
                _ => null,
            };
            if (type is not null) types.Add(type.Name, type);
        }

        foreach (var (name, declaration) in elements) declaration.Type = types[typeOf[name]];
        return [.. elements.Values];
    }

    private static ComplexType Complex(string[] line, Dictionary<string, ElementDeclaration> elements, Dictionary<string, string> namespaces)
    {
        var bar = Array.IndexOf(line, "|");
        var attributes = line.Skip(2).Take((bar < 0 ? line.Length : bar) - 2).Select(Attribute);
        var particles = bar < 0 ? [] : line.Skip(bar + 1).Select(token => Particle(token, elements, namespaces));
        return new ComplexType(line[1], [.. attributes], [.. particles]);
    }

    private static AttributeDeclaration Attribute(string token)
    {
        var required = token.EndsWith('!');
        var colon = token.LastIndexOf(':');
        return new AttributeDeclaration(token[..colon], BuiltInTypeNames.Parse(token[(colon + 1)..].TrimEnd('!')), required);
    }

    private static Particle Particle(string token, Dictionary<string, ElementDeclaration> elements, Dictionary<string, string> namespaces)
    {
        var (name, min, max) = Occurrence(token);
        if (!name.StartsWith("any{", StringComparison.Ordinal)) return new Particle(elements[name], null, min, max);
        var parts = name[4..^1].Split(',');
        var process = Enum.Parse<ProcessContents>(parts[2], ignoreCase: true);
        return new Particle(null, new Wildcard(parts[0], namespaces[parts[1]], process), min, max);
    }

    /// <summary>Splits the occurrence suffix: none = 1..1, ? = 0..1, * = 0..n, + = 1..n, {min,max} otherwise.</summary>
    private static (string Name, int Min, int Max) Occurrence(string token)
    {
        switch (token[^1])
        {
            case '?': return (token[..^1], 0, 1);
            case '*': return (token[..^1], 0, int.MaxValue);
            case '+': return (token[..^1], 1, int.MaxValue);
            case '}' when !token.StartsWith("any{", StringComparison.Ordinal) || token.IndexOf('}') < token.Length - 1:
                var open = token.LastIndexOf('{');
                var bounds = token[(open + 1)..^1].Split(',');
                var max = bounds[1] == "n" ? int.MaxValue : int.Parse(bounds[1], CultureInfo.InvariantCulture);
                return (token[..open], int.Parse(bounds[0], CultureInfo.InvariantCulture), max);
            default: return (token, 1, 1);
        }
    }

    private static (string Prefix, string Local) Split(string qualified)
    {
        var colon = qualified.IndexOf(':', StringComparison.Ordinal);
        return (qualified[..colon], qualified[(colon + 1)..]);
    }
}
