using System.Xml;

using Efactura.Validation.Xml;

namespace Efactura.Validation.Tests.Xml;

/// <summary>
/// The reference the scanner is compared with: the same tree built from <see cref="XmlReader"/> (no DTD, no
/// resolver), as the validator read documents before it had its own scanner.
/// </summary>
internal static class ReferenceParser
{
    public static UblDocument Parse(Stream stream, long maxCharacters)
    {
        using var reader = XmlReader.Create(stream, Settings(maxCharacters));
        return new Builder(reader).Read();
    }

    public static UblDocument Parse(TextReader text, long maxCharacters)
    {
        using var reader = XmlReader.Create(text, Settings(maxCharacters));
        return new Builder(reader).Read();
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

    /// <summary>The state of one parse: the reader, its atomized namespace URIs and the names met so far.</summary>
    private sealed class Builder
    {
        private readonly XmlReader reader;
        private readonly IXmlLineInfo lineInfo;
        // The elements go into the same kind of table the scanner fills, so both documents are navigated alike.
        private readonly ElementTable table = new(256);
        private readonly List<int> openChildren = new(64);
        private readonly Dictionary<string, NameEntry>[] namesByNs = new Dictionary<string, NameEntry>[7];
        private readonly List<NameEntry> entries = new(64);
        private readonly Dictionary<(string Uri, string Qualified), Efactura.Validation.Xml.NameEntry> written = [];
        private readonly Dictionary<string, AttributeEntry> attributeNames = new(ReferenceEqualityComparer.Instance);
        private readonly string cbc, cac, ext, invoice, creditNote, xmlns, none;

        public Builder(XmlReader reader)
        {
            this.reader = reader;
            lineInfo = (IXmlLineInfo)reader;
            var table = reader.NameTable;
            cbc = table.Add(NamespaceMap.CbcUri);
            cac = table.Add(NamespaceMap.CacUri);
            ext = table.Add(NamespaceMap.ExtUri);
            invoice = table.Add(NamespaceMap.InvoiceUri);
            creditNote = table.Add(NamespaceMap.CreditNoteUri);
            xmlns = table.Add("http://www.w3.org/2000/xmlns/");
            none = table.Add("");
        }

        public UblDocument Read()
        {
            reader.MoveToContent();
            ReadElement(-1);
            // The rest of the document (comments, processing instructions), which XmlReader still checks.
            while (reader.Read())
            {
            }
            var byName = new Dictionary<Name, int[]>(entries.Count);
            foreach (var entry in entries)
            {
                // Two foreign namespaces can give the same Name (Ns.Other); their elements are merged in document order.
                byName[entry.Name] = byName.TryGetValue(entry.Name, out var earlier)
                    ? [.. earlier.Concat(entry.Elements).Order()]
                    : [.. entry.Elements];
            }
            var attributeCounts = new Dictionary<string, int>(attributeNames.Count, StringComparer.Ordinal);
            foreach (var attribute in attributeNames.Values)
            {
                if (attribute.Count > 0) attributeCounts[attribute.Name] = attribute.Count;
            }
            return new UblDocument(table, byName, attributeCounts);
        }

        private int ReadElement(int parent)
        {
            var entry = CurrentName();
            var name = entry.Name;
            // The structural check quotes names as written and tells foreign namespaces apart.
            var (qualifiedName, namespaceUri) = (reader.Name, reader.NamespaceURI);
            var line = lineInfo.LineNumber;
            var column = lineInfo.LinePosition;
            var attributes = reader.HasAttributes ? ReadAttributes() : [];
            var index = table.Add(Written(name, namespaceUri, qualifiedName), parent, line, column);
            entry.Elements.Add(index);
            if (reader.IsEmptyElement)
            {
                reader.Read();
                table.Complete(index, "", false, attributes, []);
                return index;
            }

            reader.Read();
            string? text = null;
            var hasText = false;
            // The children of the elements being read are stacked in one shared list, so no element needs a list of its own.
            var firstChild = openChildren.Count;
            while (reader.NodeType != XmlNodeType.EndElement)
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        var child = ReadElement(index);
                        openChildren.Add(child);
                        continue;
                    case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        // Indentation between child elements is not kept (UBL has no mixed content, and no rule
                        // reads the string value of an aggregate); whitespace inside a leaf element is.
                        hasText = true;
                        if (openChildren.Count == firstChild) text = text is null ? reader.Value : text + reader.Value;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA:
                        hasText = true;
                        text = text is null ? reader.Value : text + reader.Value;
                        break;
                }
                reader.Read();
            }
            reader.Read();
            var childCount = openChildren.Count - firstChild;
            if (childCount > 0 && text is not null && text.AsSpan().Trim(" \t\r\n").IsEmpty) text = null;
            table.Complete(index, text ?? "", hasText, attributes, openChildren, firstChild);
            if (childCount > 0) openChildren.RemoveRange(firstChild, childCount);
            return index;
        }

        private ElementAttribute[] ReadAttributes()
        {
            var count = 0;
            var attributes = new ElementAttribute[reader.AttributeCount];
            while (reader.MoveToNextAttribute())
            {
                var uri = reader.NamespaceURI;
                if (ReferenceEquals(uri, xmlns)) continue;
                var ns = NsOf(uri);
                var name = AttributeName(reader.LocalName, ns == Ns.None);
                attributes[count++] = new ElementAttribute(name, ns, reader.Value, lineInfo.LineNumber, lineInfo.LinePosition)
                {
                    QualifiedName = reader.Name,
                    NamespaceUri = uri,
                };
            }
            reader.MoveToElement();
            return count == attributes.Length ? attributes : attributes[..count];
        }

        /// <summary>The current element's name, resolved once per distinct (namespace, local name) of the document.</summary>
        private NameEntry CurrentName()
        {
            var ns = NsOf(reader.NamespaceURI);
            var local = reader.LocalName;
            var names = namesByNs[(int)ns] ??= new Dictionary<string, NameEntry>(ReferenceEqualityComparer.Instance);
            if (names.TryGetValue(local, out var entry)) return entry;
            entry = new NameEntry(new Name(ns, local));
            entries.Add(entry);
            return names[local] = entry;
        }

        /// <summary>The scanner's entry for a name as written, which an element carries for its qualified name and namespace URI.</summary>
        private Efactura.Validation.Xml.NameEntry Written(Name name, string namespaceUri, string qualifiedName)
        {
            if (written.TryGetValue((namespaceUri, qualifiedName), out var entry)) return entry;
            return written[(namespaceUri, qualifiedName)] = new Efactura.Validation.Xml.NameEntry(name, namespaceUri, qualifiedName);
        }

        /// <summary>The attribute's local name, counting those without a namespace (XPath <c>count(//@name)</c>).</summary>
        private string AttributeName(string local, bool withoutNamespace)
        {
            if (!attributeNames.TryGetValue(local, out var entry)) attributeNames[local] = entry = new AttributeEntry(local);
            if (withoutNamespace) entry.Count++;
            return entry.Name;
        }

        /// <summary>Atomized namespace URIs compare by reference; anything else falls back to the string map.</summary>
        private Ns NsOf(string uri)
        {
            if (ReferenceEquals(uri, cbc)) return Ns.Cbc;
            if (ReferenceEquals(uri, cac)) return Ns.Cac;
            if (ReferenceEquals(uri, none)) return Ns.None;
            if (ReferenceEquals(uri, invoice)) return Ns.Invoice;
            if (ReferenceEquals(uri, creditNote)) return Ns.CreditNote;
            if (ReferenceEquals(uri, ext)) return Ns.Ext;
            return NamespaceMap.Of(uri);
        }

        /// <summary>A distinct element name of the document and its elements in document order.</summary>
        private sealed class NameEntry(Name name)
        {
            public Name Name { get; } = name;

            public List<int> Elements { get; } = new(4);
        }

        /// <summary>A distinct attribute name of the document and how often it occurs without a namespace.</summary>
        private sealed class AttributeEntry(string name)
        {
            public string Name { get; } = name;

            public int Count { get; set; }
        }
    }
}
