using System.Xml;
using System.Xml.Schema;

namespace UblStructureTables;

/// <summary>Loads and compiles the main document schemas with everything they import.</summary>
internal static class SchemaLoader
{
    public static XmlSchemaSet Load(string directory, IEnumerable<string> roots)
    {
        // The files are the local, trusted OASIS distribution; the xmldsig module carries an internal DTD subset.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = new XmlUrlResolver() };
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.ValidationEventHandler += (_, e) => throw new InvalidOperationException($"schema error: {e.Message}", e.Exception);
        foreach (var root in roots)
        {
            using var reader = XmlReader.Create(Path.Combine(directory, root), settings);
            set.Add(null, reader);
        }
        set.Compile();
        return set;
    }
}
