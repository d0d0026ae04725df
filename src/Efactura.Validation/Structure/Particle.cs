namespace Efactura.Validation.Structure;

/// <summary>One item of a sequence: a global element or a wildcard, with minOccurs and maxOccurs (int.MaxValue = unbounded).</summary>
internal sealed record Particle(ElementDeclaration? Element, Wildcard? Wildcard, int Min, int Max)
{
    public bool Matches(ElementDeclaration? declaration, string namespaceUri) =>
        Element is not null ? ReferenceEquals(Element, declaration) : Wildcard!.Allows(namespaceUri);

    /// <summary>How the JDK lists this particle among the expected ones: "namespace":local, or WC[...].</summary>
    public string Expected => Element?.ExpandedName ?? Wildcard!.ToString();

    /// <summary>How our own messages name it: cbc:ID, or "an element of another namespace".</summary>
    public string Readable => Element?.PrefixedName ?? Wildcard!.Readable;
}
