using System.Xml;

namespace Efactura.Validation.Xml;

/// <summary>A document refused for a limit (size in characters, nesting depth) rather than for its syntax.</summary>
internal sealed class DocumentLimitException(string message, int line, int column) : XmlException(message, null, line, column);
