namespace Efactura.Core.Json;

/// <summary>An RFC 6901 JSON pointer, e.g. <c>/lines/2/unitPrice</c>; the whole document is the empty pointer.</summary>
/// <param name="Value">The pointer text.</param>
internal readonly record struct JsonPointer(string Value)
{
    /// <summary>The whole document.</summary>
    public static JsonPointer Root => new("");

    /// <summary>The pointer to a member of the object this pointer designates.</summary>
    // RFC 6901 §3: "~" is written "~0" and "/" is written "~1", in that order.
    public JsonPointer Append(string name) => new(Value + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));

    /// <summary>The pointer to an element of the array this pointer designates.</summary>
    public JsonPointer Append(int index) => new(Value + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The pointer shown to people: the root is "/" rather than nothing.</summary>
    public string Display => Value.Length == 0 ? "/" : Value;

    /// <inheritdoc />
    public override string ToString() => Value;
}
