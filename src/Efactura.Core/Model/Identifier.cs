namespace Efactura.Core.Model;

/// <summary>An identifier with the optional identification scheme it belongs to (e.g. BT-29 with BT-29-1).</summary>
/// <param name="Value">The identifier itself.</param>
/// <param name="SchemeId">The scheme identifier (ISO 6523 ICD, EAS or another list), when given.</param>
public sealed record Identifier(string Value, string? SchemeId = null)
{
    /// <summary>Implicit conversion from a bare value without scheme.</summary>
    public static implicit operator Identifier(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => SchemeId is null ? Value : $"{SchemeId}:{Value}";
}
