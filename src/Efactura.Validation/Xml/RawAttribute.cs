namespace Efactura.Validation.Xml;

/// <summary>An attribute as the scanner read it, before its namespace is known (declarations may follow it in the same tag).</summary>
internal readonly record struct RawAttribute(NameParts Name, string Value, int Offset);
