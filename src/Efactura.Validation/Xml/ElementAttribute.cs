namespace Efactura.Validation.Xml;

/// <summary>An attribute of an <see cref="Element"/>; the official rules only name attributes without a namespace.</summary>
internal sealed record ElementAttribute(string LocalName, Ns Ns, string Value, SourcePosition Position)
{
    /// <summary>An attribute at a known line and column.</summary>
    public ElementAttribute(string localName, Ns ns, string value, int line, int column)
        : this(localName, ns, value, new SourcePosition(line, column))
    {
    }

    /// <summary>The name as written, with its prefix (xsi:schemaLocation); the XSD messages quote it.</summary>
    public string QualifiedName { get; init; } = LocalName;

    /// <summary>The namespace URI as written, which <see cref="Ns.Other"/> does not keep.</summary>
    public string NamespaceUri { get; init; } = "";

    /// <summary>The line of the attribute's name.</summary>
    public int Line => Position.Line;

    /// <summary>The column of the attribute's name.</summary>
    public int Column => Position.Column;
}
