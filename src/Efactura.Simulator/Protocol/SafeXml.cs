using System.Xml;
using System.Xml.Linq;

namespace Efactura.Simulator.Protocol;

/// <summary>Reads uploaded XML without DTDs or external entities (DESIGN §5, hardened XML).</summary>
internal static class SafeXml
{
    /// <summary>Reader settings that refuse DTDs and resolve nothing.</summary>
    public static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = false,
        CloseInput = true,
    };

    /// <summary>Parses a document; throws <see cref="XmlException"/> when it is not well-formed.</summary>
    public static XDocument Load(ReadOnlyMemory<byte> bytes)
    {
        using var reader = XmlReader.Create(new MemoryStream(bytes.ToArray(), writable: false), Settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
    }
}
