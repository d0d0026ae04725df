using System.Text.Json;

namespace Efactura.Validation.Fields;

/// <summary>
/// The shape of the invoice JSON a pointer should point into: the sender's own JSON, or the canonical JSON of a
/// model. It decides between the contract's alternatives (payment or payments, discount or allowances, cui or
/// tradeRegister, cpv or classifications…).
/// </summary>
internal sealed class JsonLayout(JsonElement root)
{
    /// <summary>True when the pointer names a member or element that is present and not null.</summary>
    public bool Has(string pointer) => At(pointer) is { ValueKind: not JsonValueKind.Null };

    public bool IsObject(string pointer) => At(pointer) is { ValueKind: JsonValueKind.Object };

    /// <summary>The length of the array at the pointer; 0 when there is none.</summary>
    public int Length(string pointer) => At(pointer) is { ValueKind: JsonValueKind.Array } array ? array.GetArrayLength() : 0;

    private JsonElement? At(string pointer)
    {
        var current = root;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (current.ValueKind == JsonValueKind.Object)
            {
                if (!current.TryGetProperty(segment, out current)) return null;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index >= 0 && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }
        return current;
    }
}
