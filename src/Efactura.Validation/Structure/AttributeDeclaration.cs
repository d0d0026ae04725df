namespace Efactura.Validation.Structure;

/// <summary>An attribute a type allows (all UBL attributes are unqualified): its value type and whether it is required.</summary>
internal sealed record AttributeDeclaration(string Name, BuiltInType Type, bool Required);
