namespace Efactura.Validation.Xml;

/// <summary>A distinct element name of a document (namespace URI and local name) and its elements in document order.</summary>
internal sealed class NameEntry(Name name, string uri)
{
    public Name Name { get; } = name;

    /// <summary>The namespace URI as written (<see cref="Ns.Other"/> does not keep it).</summary>
    public string Uri { get; } = uri;

    public List<Element> Elements { get; } = new(4);
}
