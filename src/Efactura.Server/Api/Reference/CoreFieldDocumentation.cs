using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Efactura.Server.Api.Reference;

/// <summary>
/// The XML doc summaries of Efactura.Core (embedded at build time from its documentation file), so the OpenAPI
/// document describes each invoice JSON field with the same words, and business term ids, as the code and
/// docs/json-contract.md: one source, never a copy.
/// </summary>
internal sealed partial class CoreFieldDocumentation
{
    private const string ResourceName = "reference/Efactura.Core.xml";

    private readonly Dictionary<string, string> summaries;

    private CoreFieldDocumentation(Dictionary<string, string> summaries) => this.summaries = summaries;

    /// <summary>The summaries of the assembly's documentation file.</summary>
    public static CoreFieldDocumentation Load()
    {
        using var stream = typeof(CoreFieldDocumentation).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the server assembly");
        // Our own build output; XDocument's reader prohibits DTDs.
        var document = XDocument.Load(stream);
        return new CoreFieldDocumentation(document.Descendants("member")
            .Where(m => m.Element("summary") is not null && m.Attribute("name") is not null)
            .ToDictionary(m => (string)m.Attribute("name")!, m => Flatten(m.Element("summary")!), StringComparer.Ordinal));
    }

    /// <summary>The summary of the constant <paramref name="field"/> of <paramref name="fields"/>; throws when it has none.</summary>
    public string Of(Type fields, string field)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return summaries.TryGetValue($"F:{fields.FullName}.{field}", out var text)
            ? text
            : throw new InvalidOperationException($"{fields.Name}.{field} has no XML doc summary");
    }

    /// <summary>The summary of the class <paramref name="fields"/>; throws when it has none.</summary>
    public string OfType(Type fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return summaries.TryGetValue($"T:{fields.FullName}", out var text)
            ? text
            : throw new InvalidOperationException($"{fields.Name} has no XML doc summary");
    }

    // <c>x</c> → `x`; <see cref="T:A.B.C"/> → C; whitespace collapsed (the same reading as docs/json-contract.md's).
    private static string Flatten(XElement summary)
    {
        var text = new StringBuilder();
        foreach (var node in summary.Nodes())
        {
            text.Append(node switch
            {
                XText t => t.Value,
                XElement { Name.LocalName: "c" } c => $"`{c.Value}`",
                XElement { Name.LocalName: "see" } s => ((string?)s.Attribute("cref") ?? (string?)s.Attribute("langword") ?? "").Split('.', ':').Last(),
                XElement e => e.Value,
                _ => "",
            });
        }
        return Whitespace().Replace(text.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
