namespace Efactura.Validation.Xml;

/// <summary>An attribute of an <see cref="Element"/>; the official rules only name attributes without a namespace.</summary>
internal sealed record ElementAttribute(string LocalName, Ns Ns, string Value, int Line, int Column);
