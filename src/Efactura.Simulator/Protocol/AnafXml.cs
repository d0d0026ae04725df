using System.Text;

namespace Efactura.Simulator.Protocol;

/// <summary>
/// Writes ANAF's XML answers byte for byte as its JAXB serialiser does (anaf-api.md §2.2, §3, §5.1):
/// the standalone prolog, attributes in ANAF's order, children indented by four spaces, and an empty
/// element when there are no children.
/// </summary>
internal static class AnafXml
{
    private const string Prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /// <summary>A <c>header</c> element in <paramref name="ns"/> with attributes and child elements that carry one <c>errorMessage</c> each.</summary>
    public static string Header(string ns, IEnumerable<(string Name, string? Value)> attributes, string childName, IReadOnlyList<string> errorMessages)
    {
        var text = new StringBuilder(Prolog).Append("<header xmlns=\"").Append(Escape(ns)).Append('"');
        foreach (var (name, value) in attributes)
        {
            if (value is null) continue;
            text.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
        }
        if (errorMessages.Count == 0) return text.Append("/>").ToString();
        text.Append(">\n");
        foreach (var message in errorMessages)
            text.Append("    <").Append(childName).Append(" errorMessage=\"").Append(Escape(message)).Append("\"/>\n");
        return text.Append("</header>").ToString();
    }

    /// <summary>Attribute-value escaping; line breaks become character references as in ANAF's error file (<c>&amp;#xA;</c>).</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\n' => "&#xA;",
                '\r' => "&#xD;",
                '\t' => "&#x9;",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }
}
