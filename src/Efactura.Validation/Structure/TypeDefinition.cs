namespace Efactura.Validation.Structure;

/// <summary>The type of an element, reduced to what the structural check needs.</summary>
internal abstract class TypeDefinition(string name, AttributeDeclaration[] attributes)
{
    public string Name { get; } = name;

    /// <summary>The attributes the type declares (besides the xsi: ones every element may carry).</summary>
    public AttributeDeclaration[] Attributes { get; } = attributes;

    public AttributeDeclaration? Attribute(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == name) return attribute;
        }
        return null;
    }

    public override string ToString() => Name;
}

/// <summary>
/// A value: text of a built-in type. Every cbc element is a complex type with simple content (attributes allowed);
/// <see cref="IsSimpleType"/> marks the few signature elements of a plain simple type, which the JDK reports differently.
/// </summary>
internal sealed class SimpleContentType(string name, BuiltInType text, AttributeDeclaration[] attributes, bool isSimpleType) : TypeDefinition(name, attributes)
{
    public BuiltInType Text { get; } = text;

    public bool IsSimpleType { get; } = isSimpleType;
}

/// <summary>Element-only content: a flat sequence of particles (every UBL aggregate); no particles = empty content.</summary>
internal sealed class ComplexType(string name, AttributeDeclaration[] attributes, Particle[] particles) : TypeDefinition(name, attributes)
{
    public ContentModel Content { get; } = new(particles);
}

/// <summary>
/// A type whose content model the table does not describe (choices and nested groups of the xmldsig and XAdES
/// modules, reachable only inside extensions): its children are checked laxly, its attributes not at all.
/// </summary>
internal sealed class OpenType(string name) : TypeDefinition(name, [])
{
    public static readonly OpenType Unknown = new("(undeclared)");
}
