using System.Globalization;
using System.Text;

namespace Efactura.Validation.XPath;

/// <summary>
/// The XPath 2.0 functions and casts the official rules use, with XPath's semantics rather than .NET's:
/// whitespace is only space, tab, CR and LF; lengths count code points; round() goes half up;
/// xs:decimal is exact and has no exponent; a failed cast to a number gives NaN (which compares false).
/// </summary>
internal static class XPathFunctions
{
    public static bool IsXmlWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>normalize-space(): trims XML whitespace and collapses inner runs to one space.</summary>
    public static string NormalizeSpace(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (!NeedsNormalizing(value)) return value;
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (IsXmlWhitespace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool NeedsNormalizing(string value)
    {
        if (IsXmlWhitespace(value[0]) || IsXmlWhitespace(value[^1])) return true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\t' or '\r' or '\n') return true;
            if (c == ' ' && value[i + 1] == ' ') return true;
        }
        return false;
    }

    /// <summary>string-length(): the number of Unicode code points (a surrogate pair counts once).</summary>
    public static int StringLength(string? value) => StringLength(value.AsSpan());

    /// <summary>string-length() of a part of a string, without making it a string first.</summary>
    public static int StringLength(ReadOnlySpan<char> value)
    {
        var length = value.Length;
        foreach (var c in value)
        {
            if (char.IsLowSurrogate(c)) length--;
        }
        return length;
    }

    /// <summary>string-length(normalize-space(value)).</summary>
    public static int NormalizedLength(string? value) => StringLength(NormalizeSpace(value));

    /// <summary>string-length(substring-after(value, '.')): the count of characters after the first dot.</summary>
    public static int FractionLength(string? value)
    {
        if (value is null) return 0;
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : StringLength(value.AsSpan(dot + 1));
    }

    /// <summary>xs:decimal(value): null when the lexical form is not a decimal (XPath would raise FORG0001).</summary>
    public static decimal? Decimal(string? value)
    {
        if (value is null) return null;
        var trimmed = value.AsSpan().Trim(" \t\r\n");
        if (trimmed.IsEmpty || !IsDecimalLexical(trimmed)) return null;
        if (ShortDecimal(trimmed) is { } quick) return quick;
        return decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var result)
            ? result
            : null;
    }

    /// <summary>
    /// A decimal lexical form (checked before) of at most 19 digits, not zero, read directly: amounts and quantities
    /// are, and the general parser's culture and number-buffer work cost more than the rule that asks. Null: use it.
    /// </summary>
    private static decimal? ShortDecimal(ReadOnlySpan<char> text)
    {
        var negative = text[0] == '-';
        var i = text[0] is '+' or '-' ? 1 : 0;
        if (text.Length - i > 19) return null;
        ulong mantissa = 0;
        var scale = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.') scale = 0;
            else
            {
                mantissa = mantissa * 10 + (ulong)(c - '0');
                if (scale >= 0) scale++;
            }
        }
        if (mantissa == 0) return null;
        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
    }

    private static bool IsDecimalLexical(ReadOnlySpan<char> text)
    {
        var i = text[0] is '+' or '-' ? 1 : 0;
        var digits = 0;
        var dots = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (++dots > 1) return false;
                continue;
            }
            if (c is < '0' or > '9') return false;
            digits++;
        }
        return digits > 0;
    }

    /// <summary>number() / the cast of an untyped value to xs:double; NaN when it is not a number.</summary>
    public static double Double(string? value)
    {
        if (value is null) return double.NaN;
        var trimmed = value.AsSpan().Trim(" \t\r\n");
        switch (trimmed)
        {
            case "INF": return double.PositiveInfinity;
            case "-INF": return double.NegativeInfinity;
            case "NaN": return double.NaN;
        }
        if (trimmed.IsEmpty || !IsDoubleLexical(trimmed)) return double.NaN;
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result : double.NaN;
    }

    private static bool IsDoubleLexical(ReadOnlySpan<char> text)
    {
        var exponent = text.IndexOfAny('e', 'E');
        var mantissa = exponent < 0 ? text : text[..exponent];
        if (mantissa.IsEmpty || !IsDecimalLexical(mantissa)) return false;
        if (exponent < 0) return true;
        var power = text[(exponent + 1)..];
        if (!power.IsEmpty && power[0] is '+' or '-') power = power[1..];
        if (power.IsEmpty) return false;
        foreach (var c in power)
        {
            if (c is < '0' or > '9') return false;
        }
        return true;
    }

    /// <summary>XPath round() on xs:decimal: to the nearest integer, halves toward positive infinity.</summary>
    public static decimal Round(decimal value) => Math.Floor(value + 0.5m);

    /// <summary>XPath round() on xs:double: to the nearest integer, halves toward positive infinity.</summary>
    public static double Round(double value) => double.IsFinite(value) ? Math.Floor(value + 0.5) : value;

    /// <summary>round(value * 10 * 10) div 100, the official rules' way of rounding to cents.</summary>
    public static decimal RoundCents(decimal value) => Round(value * 100m) / 100m;

    /// <summary><c>string(.) castable as xs:date</c>: see <see cref="XsDate.Cast"/>.</summary>
    public static bool IsDate(string? value) => XsDate.Cast(value) is not null;

    /// <summary>upper-case() as XPath does it: Unicode simple upper-casing, independent of culture.</summary>
    public static string UpperCase(string? value) => value is null ? "" : value.ToUpperInvariant();

    /// <summary>
    /// <c>upper-case(value) = expected</c> for an upper-case word without white space (<c>'VAT'</c>), without building the
    /// upper-case copy: character by character, as <see cref="UpperCase"/> maps them.
    /// </summary>
    public static bool UpperIs(string? value, string expected) => UpperIs((value ?? "").AsSpan(), expected);

    /// <summary><c>normalize-space(upper-case(value)) = expected</c> for an upper-case word without white space.</summary>
    public static bool NormalizedUpperIs(string? value, string expected) =>
        // Normalized, a value with white space left inside it keeps a space, which the word has not: only the ends go.
        UpperIs((value ?? "").AsSpan().Trim(" \t\r\n"), expected);

    private static bool UpperIs(ReadOnlySpan<char> value, string expected)
    {
        if (value.Length != expected.Length) return false;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.ToUpperInvariant(value[i]) != expected[i]) return false;
        }
        return true;
    }

    /// <summary>The cast of an untyped value to xs:boolean ("true", "1", "false", "0"); null when not castable.</summary>
    public static bool? Boolean(string? value) => value?.Trim(' ', '\t', '\r', '\n') switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };
}
