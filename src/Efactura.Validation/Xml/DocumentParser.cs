using System.Xml;

namespace Efactura.Validation.Xml;

/// <summary>
/// Reads XML into an <see cref="UblDocument"/> in one forward pass, hardened: no DTD, no external
/// resolution, a size limit. Comments and processing instructions are dropped; text is kept as written.
/// </summary>
internal static class DocumentParser
{
    public static UblDocument Parse(Stream stream, long maxCharacters)
    {
        using var reader = XmlReader.Create(stream, Settings(maxCharacters));
        return Read(reader);
    }

    public static UblDocument Parse(TextReader text, long maxCharacters)
    {
        using var reader = XmlReader.Create(text, Settings(maxCharacters));
        return Read(reader);
    }

    private static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = false,
    };

    private static UblDocument Read(XmlReader reader)
    {
        var all = new List<Element>(256);
        reader.MoveToContent();
        var root = ReadElement(reader, all);
        return new UblDocument(root, all);
    }

    private static Element ReadElement(XmlReader reader, List<Element> all)
    {
        var info = (IXmlLineInfo)reader;
        var name = new Name(NamespaceMap.Of(reader.NamespaceURI), reader.LocalName);
        var (qualifiedName, namespaceUri) = (reader.Name, reader.NamespaceURI);
        var line = info.LineNumber;
        var column = info.LinePosition;
        var attributes = ReadAttributes(reader, info);
        var index = all.Count;
        all.Add(null!);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return all[index] = new Element(name, "", false, attributes, line, column, index) { QualifiedName = qualifiedName, NamespaceUri = namespaceUri };
        }

        reader.Read();
        string? text = null;
        var hasText = false;
        List<Element>? kids = null;
        while (reader.NodeType != XmlNodeType.EndElement)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    (kids ??= []).Add(ReadElement(reader, all));
                    continue;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    // Indentation between child elements is not kept (UBL has no mixed content, and no rule
                    // reads the string value of an aggregate); whitespace inside a leaf element is.
                    hasText = true;
                    if (kids is null) text = text is null ? reader.Value : text + reader.Value;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    hasText = true;
                    text = text is null ? reader.Value : text + reader.Value;
                    break;
            }
            reader.Read();
        }
        reader.Read();
        if (kids is not null && text is not null && text.AsSpan().Trim(" \t\r\n").IsEmpty) text = null;
        var element = new Element(name, text ?? "", hasText, attributes, line, column, index) { QualifiedName = qualifiedName, NamespaceUri = namespaceUri };
        if (kids is not null) element.Adopt([.. kids]);
        return all[index] = element;
    }

    private static ElementAttribute[] ReadAttributes(XmlReader reader, IXmlLineInfo info)
    {
        if (!reader.HasAttributes) return [];
        var attributes = new List<ElementAttribute>(reader.AttributeCount);
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI == "http://www.w3.org/2000/xmlns/") continue;
            attributes.Add(new ElementAttribute(reader.LocalName, NamespaceMap.Of(reader.NamespaceURI), reader.Value, info.LineNumber, info.LinePosition)
            {
                QualifiedName = reader.Name,
                NamespaceUri = reader.NamespaceURI,
            });
        }
        reader.MoveToElement();
        return [.. attributes];
    }
}
