using System.Globalization;
using System.Text.Json;
using Efactura.Core.Findings;

namespace Efactura.Core.Json;

/// <summary>
/// The texts of the JSON findings, in English and Romanian, with the fix. Messages quote the offending
/// value, so that a user reading a list of errors does not need the request beside it.
/// </summary>
internal static class JsonFindings
{
    private const int MaxShownLength = 60;

    public static Finding Fatal(string code, JsonPointer field, string message, string messageRo, string fix) =>
        new() { Code = code, Severity = Severity.Fatal, Field = field.Value, Message = message, MessageRo = messageRo, Fix = fix };

    public static Finding Warning(string code, JsonPointer field, string message, string messageRo, string fix) =>
        new() { Code = code, Severity = Severity.Warning, Field = field.Value, Message = message, MessageRo = messageRo, Fix = fix };

    public static Finding Syntax(string detail, long? line, long? bytePosition)
    {
        var where = line is { } l ? $" (line {l + 1}, column {(bytePosition ?? 0) + 1})" : "";
        var whereRo = line is { } lr ? $" (linia {lr + 1}, coloana {(bytePosition ?? 0) + 1})" : "";
        return new Finding
        {
            Code = JsonErrorCodes.Syntax,
            Severity = Severity.Fatal,
            Field = JsonPointer.Root.Value,
            Message = $"The request is not well-formed JSON{where}: {detail}",
            MessageRo = $"Cererea nu este un JSON bine format{whereRo}: {detail}",
            Fix = "Correct the JSON at that position; a missing comma, quote or bracket is the usual cause.",
            Line = line is { } ln ? checked((int)ln + 1) : null,
            Column = line is null ? null : checked((int)(bytePosition ?? 0) + 1),
        };
    }

    public static Finding Required(JsonPointer field, string name, string term, JsonPointer parent) =>
        Fatal(JsonErrorCodes.Required, field,
            $"The required field \"{name}\" ({term}) is missing in {parent.Display}.",
            $"Lipsește câmpul obligatoriu „{name}” ({term}) din {parent.Display}.",
            $"Add \"{name}\" to {parent.Display}.");

    public static Finding Type(JsonPointer field, JsonElement actual, string expected, string expectedRo) =>
        Fatal(JsonErrorCodes.Type, field,
            $"{field.Display} must be {expected}, not {KindEn(actual.ValueKind)} ({Show(actual)}).",
            $"{field.Display} trebuie să fie {expectedRo}, nu {KindRo(actual.ValueKind)} ({Show(actual)}).",
            $"Write {field.Display} as {expected}.");

    public static Finding Format(JsonPointer field, string value, string expected, string expectedRo, string fix) =>
        Fatal(JsonErrorCodes.Format, field,
            $"{field.Display} is {Quote(value)}, which is not {expected}.",
            $"{field.Display} este {QuoteRo(value)}, care nu este {expectedRo}.",
            fix);

    public static Finding UnknownField(JsonPointer field, string name, JsonPointer parent, string? suggestion)
    {
        var hint = suggestion is null ? "" : $" Did you mean \"{suggestion}\"?";
        var hintRo = suggestion is null ? "" : $" Ați vrut să scrieți „{suggestion}”?";
        return Warning(JsonErrorCodes.UnknownField, field,
            $"The field \"{name}\" in {parent.Display} is not part of the invoice JSON and is ignored.{hint}",
            $"Câmpul „{name}” din {parent.Display} nu face parte din JSON-ul facturii și este ignorat.{hintRo}",
            suggestion is null ? $"Remove \"{name}\" or check its spelling." : $"Rename \"{name}\" to \"{suggestion}\".");
    }

    public static Finding DuplicateField(JsonPointer field, string name, JsonPointer parent) =>
        Fatal(JsonErrorCodes.DuplicateField, field,
            $"The field \"{name}\" appears more than once in {parent.Display}.",
            $"Câmpul „{name}” apare de mai multe ori în {parent.Display}.",
            $"Keep a single \"{name}\" in {parent.Display}.");

    public static Finding Conflict(JsonPointer field, JsonPointer other) =>
        Fatal(JsonErrorCodes.Conflict, field,
            $"{field.Display} and {other.Display} say the same thing; give only one of them.",
            $"{field.Display} și {other.Display} exprimă același lucru; completați doar unul dintre ele.",
            $"Remove {field.Display} or {other.Display}.");

    public static Finding AmountRounded(JsonPointer field, decimal value, decimal rounded) =>
        Warning(JsonErrorCodes.AmountRounded, field,
            $"The amount {Number(value)} at {field.Display} has more than two decimals and is rounded to {Number(rounded)}.",
            $"Suma {Number(value)} din {field.Display} are mai mult de două zecimale și se rotunjește la {Number(rounded)}.",
            "Send amounts with at most two decimals (unit prices and quantities may have more).");

    public static Finding UnknownCode(string code, JsonPointer field, string value, string what, string whatRo, IEnumerable<string> closest, string fix)
    {
        var list = string.Join(", ", closest);
        return Fatal(code, field,
            $"Unknown {what} {Quote(value)} at {field.Display}.{(list.Length == 0 ? "" : $" Closest known: {list}.")}",
            $"Valoare necunoscută pentru {whatRo}: {QuoteRo(value)} în {field.Display}.{(list.Length == 0 ? "" : $" Cele mai apropiate: {list}.")}",
            fix);
    }

    public static Finding TotalMismatch(JsonPointer field, string name, decimal expected, decimal computed) =>
        Fatal(JsonErrorCodes.TotalMismatch, field,
            $"The expected {name} is {Number(expected)}, but the invoice computes {Number(computed)} (difference {Number(expected - computed)}).",
            $"Valoarea așteptată pentru {name} este {Number(expected)}, dar factura calculează {Number(computed)} (diferență {Number(expected - computed)}).",
            "Check the quantities, prices, discounts and VAT rates of the lines, or correct the expected value.");

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Quote(string value) => "\"" + Shorten(value) + "\"";

    public static string QuoteRo(string value) => "„" + Shorten(value) + "”";

    private static string Shorten(string value) => value.Length <= MaxShownLength ? value : value[..MaxShownLength] + "…";

    private static string Show(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{…}",
        JsonValueKind.Array => "[…]",
        _ => Shorten(element.GetRawText()),
    };

    private static string KindEn(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string KindRo(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "un obiect",
        JsonValueKind.Array => "o listă",
        JsonValueKind.String => "un text",
        JsonValueKind.Number => "un număr",
        JsonValueKind.True or JsonValueKind.False => "o valoare logică",
        _ => "null",
    };
}
