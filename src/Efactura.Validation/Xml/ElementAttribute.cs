namespace Efactura.Validation.Xml;

/// <summary>An attribute of an <see cref="Element"/>; the official rules only name attributes without a namespace.</summary>
internal sealed record ElementAttribute(string LocalName, Ns Ns, string Value, int Line, int Column)
{
    /// <summary>The name as written, with its prefix (xsi:schemaLocation); the XSD messages quote it.</summary>
    public string QualifiedName { get; init; } = LocalName;

    /// <summary>The namespace URI as written, which <see cref="Ns.Other"/> does not keep.</summary>
    public string NamespaceUri { get; init; } = "";
}
