using System.Text.Json;

namespace Efactura.Core.Json;

/// <summary>
/// Reads the members of one JSON object by name (case-insensitively), remembers which names were asked
/// for, and reports the members nobody asked for as unknown fields with the closest known name.
/// A member whose value is null counts as absent.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonProperty> members = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> asked = new(StringComparer.OrdinalIgnoreCase);

    public JsonObjectReader(JsonElement element, JsonPointer pointer, JsonParseContext context)
    {
        Pointer = pointer;
        Context = context;
        foreach (var member in element.EnumerateObject())
        {
            if (members.TryAdd(member.Name, member)) continue;
            context.Report(JsonFindings.DuplicateField(pointer.Append(member.Name), member.Name, pointer));
        }
    }

    /// <summary>Where this object sits in the request.</summary>
    public JsonPointer Pointer { get; }

    /// <summary>The parse this object belongs to.</summary>
    public JsonParseContext Context { get; }

    /// <summary>The pointer to a member, spelt as the request spells it when present.</summary>
    public JsonPointer At(string name) => Pointer.Append(members.TryGetValue(name, out var member) ? member.Name : name);

    /// <summary>True when the member is present and not null.</summary>
    public bool Has(string name)
    {
        Ask(name);
        return members.TryGetValue(name, out var member) && member.Value.ValueKind != JsonValueKind.Null;
    }

    /// <summary>The member's value and pointer, when present and not null.</summary>
    public bool TryGet(string name, out JsonItem item)
    {
        Ask(name);
        if (members.TryGetValue(name, out var member) && member.Value.ValueKind != JsonValueKind.Null)
        {
            item = new JsonItem(member.Value, Pointer.Append(member.Name));
            return true;
        }
        item = default;
        return false;
    }

    public string? String(string name) => TryGet(name, out var item) ? Context.String(item.Element, item.Pointer) : null;

    public decimal? Decimal(string name) => TryGet(name, out var item) ? Context.Decimal(item.Element, item.Pointer) : null;

    public decimal? Amount(string name) => TryGet(name, out var item) ? Context.Amount(item.Element, item.Pointer) : null;

    public DateOnly? Date(string name) => TryGet(name, out var item) ? Context.Date(item.Element, item.Pointer) : null;

    public JsonObjectReader? Object(string name) => TryGet(name, out var item) ? Context.Object(item.Element, item.Pointer) : null;

    public IReadOnlyList<JsonItem> Array(string name) => TryGet(name, out var item) ? Context.Array(item.Element, item.Pointer) : [];

    /// <summary>A string that must be there; reports <see cref="JsonErrorCodes.Required"/> naming the business term.</summary>
    public string? RequiredString(string name, string term)
    {
        var present = TryGet(name, out var item);
        var value = present ? Context.String(item.Element, item.Pointer) : null;
        if (value is null && (!present || item.Element.ValueKind == JsonValueKind.String)) ReportMissing(name, term);
        return value;
    }

    /// <summary>A decimal that must be there.</summary>
    public decimal? RequiredDecimal(string name, string term)
    {
        if (TryGet(name, out var item)) return Context.Decimal(item.Element, item.Pointer);
        ReportMissing(name, term);
        return null;
    }

    /// <summary>A date that must be there.</summary>
    public DateOnly? RequiredDate(string name, string term)
    {
        if (TryGet(name, out var item)) return Context.Date(item.Element, item.Pointer);
        ReportMissing(name, term);
        return null;
    }

    /// <summary>An object that must be there.</summary>
    public JsonObjectReader? RequiredObject(string name, string term)
    {
        if (TryGet(name, out var item)) return Context.Object(item.Element, item.Pointer);
        ReportMissing(name, term);
        return null;
    }

    public void ReportMissing(string name, string term) => Context.Report(JsonFindings.Required(At(name), name, term, Pointer));

    /// <summary>Reports every member that no reader asked for. Call once, after all members were read.</summary>
    public void ReportUnknownFields()
    {
        foreach (var member in members.Values)
        {
            if (asked.Contains(member.Name)) continue;
            var suggestion = ClosestName.Find(member.Name, asked);
            Context.Report(JsonFindings.UnknownField(Pointer.Append(member.Name), member.Name, Pointer, suggestion));
        }
    }

    private void Ask(string name) => asked.Add(name);
}
