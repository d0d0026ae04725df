using System.Globalization;
using System.Text.Json.Nodes;

namespace Efactura.Validation.Tests.Fields;

/// <summary>
/// Systematic single edits of an invoice JSON: every member and array item removed; every string emptied, made 1,000
/// characters long or set to a value no code list holds; every number made negative, zero or given three decimals; and
/// combined edits no single one reaches (no due date and no payment terms).
/// </summary>
internal static class JsonMutations
{
    public static IEnumerable<(string Description, string Json)> Of(JsonObject original)
    {
        foreach (var pointer in Pointers(original, ""))
        {
            yield return ($"{pointer} removed", Edit(original, pointer, null, remove: true));
            var value = At(original, pointer);
            if (value is JsonValue leaf && leaf.TryGetValue<string>(out _))
            {
                yield return ($"{pointer} empty", Edit(original, pointer, JsonValue.Create("")));
                yield return ($"{pointer} too long", Edit(original, pointer, JsonValue.Create(new string('x', 1000))));
                yield return ($"{pointer} = \"Sector 7\"", Edit(original, pointer, JsonValue.Create("Sector 7")));
            }
            else if (value is JsonValue number && number.TryGetValue<decimal>(out var amount))
            {
                yield return ($"{pointer} negative", Edit(original, pointer, JsonValue.Create(-Math.Abs(amount) - 1)));
                yield return ($"{pointer} zero", Edit(original, pointer, JsonValue.Create(0)));
                yield return ($"{pointer} three decimals", Edit(original, pointer, JsonValue.Create(amount + 0.001m)));
            }
        }
        var noTerms = original.DeepClone().AsObject();
        noTerms.Remove("dueDate");
        noTerms.Remove("paymentTerms");
        if (noTerms["payment"] is JsonObject payment) payment.Remove("terms");
        foreach (var each in noTerms["payments"] as JsonArray ?? []) (each as JsonObject)?.Remove("terms");
        yield return ("no due date and no payment terms", noTerms.ToJsonString());
    }

    private static IEnumerable<string> Pointers(JsonNode node, string at)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    var pointer = at + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
                    yield return pointer;
                    if (child is not null) foreach (var inner in Pointers(child, pointer)) yield return inner;
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    var pointer = at + "/" + i.ToString(CultureInfo.InvariantCulture);
                    yield return pointer;
                    if (a[i] is { } child) foreach (var inner in Pointers(child, pointer)) yield return inner;
                }
                break;
        }
    }

    private static JsonNode? At(JsonNode root, string pointer)
    {
        var node = root;
        foreach (var segment in Segments(pointer)) node = node is JsonArray a ? a[int.Parse(segment, CultureInfo.InvariantCulture)] : node?[segment];
        return node;
    }

    private static string[] Segments(string pointer) =>
        [.. pointer.Split('/')[1..].Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];

    private static string Edit(JsonObject original, string pointer, JsonNode? value, bool remove = false)
    {
        var copy = original.DeepClone();
        var segments = Segments(pointer);
        var parent = copy;
        foreach (var segment in segments[..^1]) parent = parent is JsonArray a ? a[int.Parse(segment, CultureInfo.InvariantCulture)]! : parent[segment]!;
        var last = segments[^1];
        if (parent is JsonArray array)
        {
            var index = int.Parse(last, CultureInfo.InvariantCulture);
            if (remove) array.RemoveAt(index);
            else array[index] = value;
        }
        else if (remove) parent.AsObject().Remove(last);
        else parent[last] = value;
        return copy.ToJsonString();
    }
}
