using System.Globalization;
using System.Text.Json.Nodes;
using Efactura.Core.Model;

namespace Efactura.Core.Json;

/// <summary>Adds members to a JSON object only when they have a value, so the written JSON has no nulls.</summary>
internal static class JsonNodeExtensions
{
    public static JsonObject Put(this JsonObject o, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) o[name] = value;
        return o;
    }

    public static JsonObject Put(this JsonObject o, string name, decimal? value)
    {
        if (value is { } v) o[name] = JsonValue.Create(v);
        return o;
    }

    public static JsonObject Put(this JsonObject o, string name, DateOnly? value)
    {
        if (value is { } v) o[name] = v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return o;
    }

    public static JsonObject Put(this JsonObject o, string name, JsonNode? value)
    {
        if (value is not null && value is not JsonArray { Count: 0 }) o[name] = value;
        return o;
    }

    /// <summary>An identifier as a plain string when it has no scheme, else {id, scheme}.</summary>
    public static JsonNode? ToNode(this Identifier? identifier) => identifier switch
    {
        null => null,
        { SchemeId: null } => JsonValue.Create(identifier.Value),
        _ => new JsonObject().Put(ComponentFields.Id, identifier.Value).Put(ComponentFields.Scheme, identifier.SchemeId),
    };

    public static JsonArray ToJsonArray(this IEnumerable<JsonNode?> nodes) => [.. nodes];
}
