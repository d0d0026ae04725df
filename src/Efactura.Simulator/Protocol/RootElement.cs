using System.Text;
using System.Xml;

namespace Efactura.Simulator.Protocol;

/// <summary>
/// The root element of an uploaded document and where its start tag ends, which is where Xerces reports
/// <c>cvc-elt.1.a</c> (anaf-api.md §2.2: "lineNumber: 15; columnNumber: 155").
/// </summary>
/// <param name="QualifiedName">The name as written, prefix included.</param>
/// <param name="LocalName">The local name.</param>
/// <param name="Namespace">The namespace URI.</param>
/// <param name="Line">1-based line of the end of the start tag.</param>
/// <param name="Column">1-based column just after the start tag's '&gt;'.</param>
internal sealed record RootElement(string QualifiedName, string LocalName, string Namespace, int Line, int Column)
{
    /// <summary>Reads the root element; throws <see cref="XmlException"/> when the document is not well-formed.</summary>
    public static RootElement Read(byte[] document)
    {
        using (var check = XmlReader.Create(new MemoryStream(document, writable: false), SafeXml.Settings))
            while (check.Read()) { }
        using var reader = XmlReader.Create(new MemoryStream(document, writable: false), SafeXml.Settings);
        reader.MoveToContent();
        var info = (IXmlLineInfo)reader;
        var (line, column) = EndOfStartTag(Encoding.UTF8.GetString(document), info.LineNumber, info.LinePosition);
        return new RootElement(reader.Name, reader.LocalName, reader.NamespaceURI, line, column);
    }

    private static (int Line, int Column) EndOfStartTag(string text, int line, int column)
    {
        var index = IndexOf(text, line, column);
        char? quote = null;
        for (; index < text.Length; index++)
        {
            var c = text[index];
            if (quote is not null) { if (c == quote) quote = null; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c == '>') break;
        }
        return Position(text, Math.Min(index + 1, text.Length));
    }

    private static int IndexOf(string text, int line, int column)
    {
        var index = 0;
        for (var l = 1; l < line && index < text.Length; index++)
            if (text[index] == '\n') l++;
        return Math.Min(index + column - 1, text.Length);
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return (line, index - lineStart + 1);
    }
}
