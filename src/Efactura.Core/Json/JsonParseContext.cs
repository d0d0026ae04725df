using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Efactura.Core.Calculation;
using Efactura.Core.Findings;

namespace Efactura.Core.Json;

/// <summary>
/// One parse: collects every finding and reads single JSON values into typed ones. A value that cannot
/// be read is reported and comes back as null, so that parsing goes on and reports all errors at once.
/// </summary>
internal sealed class JsonParseContext
{
    private readonly List<Finding> findings = [];

    public bool HasFatal => findings.Any(f => f.Severity == Severity.Fatal);

    public ImmutableArray<Finding> Findings => [.. findings];

    public void Report(Finding finding) => findings.Add(finding);

    /// <summary>A string; a JSON number is taken as written (invoice numbers, postal codes). Blank means absent.</summary>
    public string? String(JsonElement value, JsonPointer pointer)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                if (Text(value, pointer) is not { } read) return null;
                var text = read.Trim();
                return text.Length == 0 ? null : text;
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Null:
                return null;
            default:
                Report(JsonFindings.Type(pointer, value, "a string", "un text"));
                return null;
        }
    }

    /// <summary>
    /// The text of a JSON string, or null (reported) when it holds what XML cannot carry: a control character other
    /// than tab, line feed and carriage return, U+FFFE or U+FFFF, or half of a surrogate pair (JSON's escapes allow all of
    /// them, an invoice's XML none).
    /// </summary>
    private string? Text(JsonElement value, JsonPointer pointer)
    {
        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            ReportCharacter(pointer, "half of a surrogate pair");
            return null;
        }
        var bad = text.AsSpan().IndexOfAnyExcept(XmlText);
        if (bad < 0) return text;
        var c = text[bad];
        if (char.IsHighSurrogate(c) && bad + 1 < text.Length && char.IsLowSurrogate(text[bad + 1]))
        {
            // A pair is a character beyond U+FFFF, which XML allows; look on after it (rare: emoji and the like).
            for (var i = bad; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
                else if (!XmlText.Contains(text[i])) return Refuse(text[i]);
            }
            return text;
        }
        return Refuse(c);

        string? Refuse(char character)
        {
            ReportCharacter(pointer, char.IsSurrogate(character) ? "half of a surrogate pair" : $"the character U+{(int)character:X4}");
            return null;
        }
    }

    // The characters XML 1.0 allows in text, surrogates aside (a pair is checked as a pair).
    private static readonly System.Buffers.SearchValues<char> XmlText = System.Buffers.SearchValues.Create(
        [.. "\t\n\r", .. Enumerable.Range(0x20, 0xD800 - 0x20).Select(i => (char)i), .. Enumerable.Range(0xE000, 0xFFFE - 0xE000).Select(i => (char)i)]);

    private void ReportCharacter(JsonPointer pointer, string what) =>
        Report(JsonFindings.Fatal(JsonErrorCodes.Format, pointer,
            $"The text holds {what}, which an invoice cannot carry (XML allows no control characters but tab and line breaks).",
            $"Textul conține {what.Replace("the character", "caracterul", StringComparison.Ordinal).Replace("half of a surrogate pair", "o jumătate de pereche surogat", StringComparison.Ordinal)}, pe care o factură nu îl poate conține (XML nu permite caractere de control în afară de tab și rând nou).",
            "Remove the character (it is usually pasted by accident), or replace it with a space."));

    /// <summary>
    /// An exact decimal from a JSON number or a string such as "12.50"; the scale is kept. Never goes
    /// through double, so 0.1 stays 0.1.
    /// </summary>
    public decimal? Decimal(JsonElement value, JsonPointer pointer)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                if (value.TryGetDecimal(out var number)) return number;
                Report(JsonFindings.Format(pointer, value.GetRawText(), "a decimal number efactura can hold exactly", "un număr zecimal reprezentabil exact",
                    "Use a number between -79228162514264337593543950335 and 79228162514264337593543950335 with at most 28 decimals."));
                return null;
            case JsonValueKind.String:
                return Text(value, pointer) is { } digits ? DecimalFromText(digits, pointer) : null;
            case JsonValueKind.Null:
                return null;
            default:
                Report(JsonFindings.Type(pointer, value, "a number (or a string holding one)", "un număr (sau un text care conține un număr)"));
                return null;
        }
    }

    /// <summary>An amount: a decimal rounded to two decimals, with a warning when rounding changed it.</summary>
    public decimal? Amount(JsonElement value, JsonPointer pointer)
    {
        if (Decimal(value, pointer) is not { } amount) return null;
        var rounded = Money.RoundToScale(amount);
        if (rounded != amount) Report(JsonFindings.AmountRounded(pointer, amount, rounded));
        return rounded;
    }

    /// <summary>The first day of the first full year of the Gregorian calendar, where ISO 8601 dates start without agreement.</summary>
    private static readonly DateOnly FirstGregorianYear = new(1583, 1, 1);

    /// <summary>A calendar date written yyyy-MM-dd (ISO 8601 extended, as UBL writes it).</summary>
    public DateOnly? Date(JsonElement value, JsonPointer pointer)
    {
        if (value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String)
        {
            Report(JsonFindings.Type(pointer, value, "a date string \"yyyy-MM-dd\"", "o dată calendaristică „aaaa-LL-zz”"));
            return null;
        }
        if (Text(value, pointer) is not { } read) return null;
        var text = read.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date >= FirstGregorianYear) return date;
            Report(JsonFindings.Format(pointer, text, $"a date from {FirstGregorianYear:yyyy-MM-dd} on", $"o dată începând cu {FirstGregorianYear:yyyy-MM-dd}",
                "Check the year: ISO 8601 dates (as UBL writes them) are Gregorian, which they are only from 1583 on."));
            return null;
        }
        Report(JsonFindings.Format(pointer, text, "a date written yyyy-MM-dd", "o dată scrisă aaaa-LL-zz",
            "Write the date as year-month-day, e.g. \"2026-03-05\" for 5 March 2026."));
        return null;
    }

    /// <summary>An object, read through a <see cref="JsonObjectReader"/>; anything else is reported.</summary>
    public JsonObjectReader? Object(JsonElement value, JsonPointer pointer)
    {
        if (value.ValueKind == JsonValueKind.Object) return new JsonObjectReader(value, pointer, this);
        if (value.ValueKind != JsonValueKind.Null) Report(JsonFindings.Type(pointer, value, "an object", "un obiect"));
        return null;
    }

    /// <summary>The elements of an array with their pointers; a single object or value is reported.</summary>
    public IReadOnlyList<JsonItem> Array(JsonElement value, JsonPointer pointer)
    {
        if (value.ValueKind == JsonValueKind.Array) return [.. value.EnumerateArray().Select((e, i) => new JsonItem(e, pointer.Append(i)))];
        if (value.ValueKind != JsonValueKind.Null) Report(JsonFindings.Type(pointer, value, "an array", "o listă"));
        return [];
    }

    private decimal? DecimalFromText(string raw, JsonPointer pointer)
    {
        var text = raw.Trim();
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (text.Length > 0 && char.IsAsciiDigit(text[^1]) && decimal.TryParse(text, style, CultureInfo.InvariantCulture, out var value)) return value;
        if (text.Contains(',', StringComparison.Ordinal))
        {
            // "1,5" is how Romanians write one and a half; "1,234.50" is a thousands separator. Both are ambiguous here.
            var suggestion = text.Count(c => c == ',') == 1 && !text.Contains('.', StringComparison.Ordinal) ? text.Replace(',', '.') : text.Replace(",", "", StringComparison.Ordinal);
            Report(JsonFindings.Format(pointer, raw, "a number: the decimal separator is the dot and there are no thousands separators",
                "un număr: separatorul zecimal este punctul și nu se folosesc separatori de mii",
                $"Write \"{suggestion}\" (or the JSON number {suggestion})."));
            return null;
        }
        Report(JsonFindings.Format(pointer, raw, "a decimal number such as 12.50", "un număr zecimal precum 12.50",
            "Write digits with an optional leading minus and a dot for decimals, e.g. \"1234.50\"."));
        return null;
    }
}
