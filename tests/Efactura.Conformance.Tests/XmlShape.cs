using System.Text;
using System.Xml;

namespace Efactura.Conformance.Tests;

/// <summary>
/// The shape of an XML file, without its values: the prolog, and for every element its depth, namespace, name, the
/// names of its attributes in order, and the whitespace before it (indentation and line breaks are part of what ANAF
/// writes). Two files of the same shape differ only in text and attribute values.
/// </summary>
public static class XmlShape
{
    /// <summary>The shape of the file, or of the subtree rooted at the first element named <paramref name="from"/>.</summary>
    public static IReadOnlyList<string> Of(byte[] xml, string? from = null)
    {
        var text = Encoding.UTF8.GetString(xml);
        var shape = new List<string> { "prolog: " + (text.StartsWith("<?xml", StringComparison.Ordinal) ? text[..(text.IndexOf("?>", StringComparison.Ordinal) + 2)] : "(none)") };
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var whitespace = "";
        var depth = -1;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    whitespace = reader.Value;
                    break;
                case XmlNodeType.Element:
                    if (depth < 0 && (from is null || reader.LocalName == from)) depth = reader.Depth;
                    if (depth >= 0 && reader.Depth >= depth)
                    {
                        var attributes = new List<string>();
                        for (var i = 0; i < reader.AttributeCount; i++)
                        {
                            reader.MoveToAttribute(i);
                            attributes.Add(reader.Name);
                        }
                        reader.MoveToElement();
                        shape.Add($"{reader.Depth - depth} {Escape(whitespace)} {{{reader.NamespaceURI}}}{reader.LocalName} [{string.Join(' ', attributes)}]");
                    }
                    whitespace = "";
                    break;
                case XmlNodeType.EndElement:
                    if (depth >= 0 && reader.Depth == depth) return shape;
                    whitespace = "";
                    break;
                default:
                    whitespace = "";
                    break;
            }
        }
        return shape;
    }

    private static string Escape(string whitespace) => whitespace.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
