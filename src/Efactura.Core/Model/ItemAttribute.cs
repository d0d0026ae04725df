namespace Efactura.Core.Model;

/// <summary>A property of an item, e.g. colour = blue (BG-32).</summary>
/// <param name="Name">Item attribute name (BT-160).</param>
/// <param name="Value">Item attribute value (BT-161).</param>
public sealed record ItemAttribute(string Name, string Value);
