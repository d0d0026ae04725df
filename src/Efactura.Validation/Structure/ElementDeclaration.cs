namespace Efactura.Validation.Structure;

/// <summary>A global element declaration of the schema set: its expanded name, the prefix the table uses, and its type.</summary>
internal sealed class ElementDeclaration(string namespaceUri, string localName, string prefix)
{
    public string NamespaceUri { get; } = namespaceUri;

    /// <summary>
    /// Interned (the schema's ~2,000 names, a fixed set): a document's element names are then the same instances once the
    /// schema is loaded, and every name comparison, here or in the rules, ends at the reference test.
    /// </summary>
    public string LocalName { get; } = string.Intern(localName);

    /// <summary>The conventional prefixed name (cbc:ID), for our own messages.</summary>
    public string PrefixedName { get; } = $"{prefix}:{localName}";

    /// <summary>Set once while the table is read (types may be declared after the elements that use them).</summary>
    public TypeDefinition Type { get; internal set; } = OpenType.Unknown;

    /// <summary>The name as the JDK's content-model messages quote it: {"namespace":local}.</summary>
    public string ExpandedName => $"\"{NamespaceUri}\":{LocalName}";

    public override string ToString() => PrefixedName;
}
