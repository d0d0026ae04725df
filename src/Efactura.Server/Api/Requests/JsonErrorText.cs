using System.Text.Json;
using System.Text.RegularExpressions;

namespace Efactura.Server.Api.Requests;

/// <summary>
/// What a <see cref="JsonException"/> from reading a request means, in the API's words: System.Text.Json's messages
/// name .NET types and members (<c>System.Collections.Generic.List`1[System.String]</c>, <c>Efactura.Server...</c>),
/// which say nothing to a client and expose the implementation. The position goes into the finding apart.
/// </summary>
internal static partial class JsonErrorText
{
    /// <summary>The error reading a <paramref name="target"/> in words, with no .NET type name.</summary>
    public static string Describe(JsonException error, Type target)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(target);
        var message = error.Message;
        var at = error.Path is { } path && RequestBody.Pointer(path) is { Length: > 0 } pointer ? pointer : null;
        if (IsUnknownMember(error))
            return QuotedName().Match(message) is { Success: true } name
                ? $"'{name.Groups[1].Value}' is not a member of this request; send only the documented members."
                : "The body has a member this request does not know; send only the documented members.";
        if (message.Contains("missing required properties including:", StringComparison.Ordinal))
            return $"Required member(s) missing: {message[(message.IndexOf("including:", StringComparison.Ordinal) + "including:".Length)..].Trim().TrimEnd('.')}.";
        if (message.Contains("could not be converted to", StringComparison.Ordinal))
            return at is not null && MemberType(target, at) is { } expected
                ? $"The value at {at} has the wrong type: send {Expected(expected)}."
                : $"The value{(at is null ? "" : $" at {at}")} has the wrong type for this request.";
        // A syntax error: the reader's own sentence, without the position it repeats.
        var text = message;
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var index = text.IndexOf(marker, StringComparison.Ordinal);
            if (index > 0) text = text[..index];
        }
        return TypeName().IsMatch(text) ? $"The value{(at is null ? "" : $" at {at}")} is not valid for this request." : text.Trim();
    }

    /// <summary>True when the body names a member the request type does not have.</summary>
    public static bool IsUnknownMember(JsonException error) =>
        error?.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) == true;

    // The type of the member at the JSON pointer, following properties (by their camelCase JSON names) and array items.
    private static Type? MemberType(Type root, string pointer)
    {
        var type = root;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _) && ItemType(type) is { } item)
            {
                type = item;
                continue;
            }
            var property = type.GetProperties().FirstOrDefault(p => string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase));
            if (property is null) return null;
            type = property.PropertyType;
        }
        return type;
    }

    private static Type? ItemType(Type type)
    {
        if (type == typeof(string)) return null;
        if (type.IsArray) return type.GetElementType();
        return type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
    }

    // What the client should send instead.
    private static string Expected(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum) return $"one of the documented values ({string.Join(", ", Enum.GetNames(type).Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName))})";
        if (type == typeof(string)) return "a string";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)) return "a whole number";
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float)) return "a number";
        if (type == typeof(Guid)) return "an id (a UUID string)";
        if (type == typeof(DateOnly)) return "a date (yyyy-MM-dd)";
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return "a date and time (ISO 8601)";
        if (type == typeof(TimeSpan)) return "a duration (hh:mm:ss)";
        return ItemType(type) is not null ? "an array" : "an object";
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex QuotedName();

    [GeneratedRegex(@"\b(System|Microsoft|Efactura)\.[A-Z]|`\d")]
    private static partial Regex TypeName();
}
