namespace Efactura.Validation.Structure;

/// <summary>
/// Whether a text is in the lexical space of an XML Schema 1.0 built-in type, after the type's whitespace
/// processing (XML Schema Part 2, section 3.2), with the edges the JDK's validator draws: a year of at least four
/// digits but not 0000, 24:00:00 as a time, any number of fraction digits, base64 padding bits that must be zero.
/// </summary>
internal static class LexicalSpace
{
    /// <summary>The pattern the language type derives from XML 1.0's language identifiers, as the JDK quotes it.</summary>
    public const string LanguagePattern = "([a-zA-Z]{1,8})(-[a-zA-Z0-9]{1,8})*";

    public static bool IsValid(BuiltInType type, string text) => type switch
    {
        BuiltInType.String or BuiltInType.NormalizedString => true,
        BuiltInType.Decimal => IsDecimal(Collapse(text)),
        BuiltInType.Date => IsDate(Collapse(text)),
        BuiltInType.Time => IsTime(Collapse(text)),
        BuiltInType.DateTime => IsDateTime(Collapse(text)),
        BuiltInType.Boolean => Collapse(text) is "true" or "false" or "1" or "0",
        BuiltInType.Base64Binary => IsBase64(text),
        BuiltInType.AnyUri => IsAnyUri(Collapse(text)),
        BuiltInType.Language => IsLanguage(Collapse(text)),
        BuiltInType.Id => IsNcName(Collapse(text)),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static bool IsXmlWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';

    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!IsXmlWhitespace(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// The whitespace facet "collapse" for types whose lexical space has no inner blanks: trimming is enough, as an
    /// inner blank makes the value invalid either way.
    /// </summary>
    private static ReadOnlySpan<char> Collapse(string text) => text.AsSpan().Trim(" \t\r\n");

    /// <summary>[+-]? digits with an optional point: 1, -1.5, +.5, 1. (no exponent, no thousands separator).</summary>
    private static bool IsDecimal(ReadOnlySpan<char> s)
    {
        if (!s.IsEmpty && (s[0] == '+' || s[0] == '-')) s = s[1..];
        var digits = 0;
        var point = false;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (c == '.' && !point) point = true;
            else return false;
        }
        return digits > 0;
    }

    /// <summary>-?YYYY-MM-DD with an optional time zone (Z or ±hh:mm).</summary>
    private static bool IsDate(ReadOnlySpan<char> s)
    {
        if (!DatePart(s, out var length)) return false;
        return TimeZone(s[length..]);
    }

    /// <summary>hh:mm:ss with optional fraction and time zone; 24:00:00 is the end of the day.</summary>
    private static bool IsTime(ReadOnlySpan<char> s) => TimePart(s, out var length) && TimeZone(s[length..]);

    private static bool IsDateTime(ReadOnlySpan<char> s)
    {
        if (!DatePart(s, out var length) || length >= s.Length || s[length] != 'T') return false;
        var rest = s[(length + 1)..];
        return TimePart(rest, out var timeLength) && TimeZone(rest[timeLength..]);
    }

    private static bool DatePart(ReadOnlySpan<char> s, out int length)
    {
        length = 0;
        var start = !s.IsEmpty && s[0] == '-' ? 1 : 0;
        var yearDigits = 0;
        while (start + yearDigits < s.Length && char.IsAsciiDigit(s[start + yearDigits])) yearDigits++;
        if (yearDigits < 4) return false;
        var year = s.Slice(start, yearDigits);
        if (yearDigits > 4 && year[0] == '0') return false;
        if (!year.ContainsAnyExcept('0') ) return false;
        var rest = s[(start + yearDigits)..];
        if (rest.Length < 6 || rest[0] != '-' || rest[3] != '-') return false;
        if (!TwoDigits(rest[1..3], out var month) || !TwoDigits(rest[4..6], out var day)) return false;
        if (month is < 1 or > 12 || day < 1 || day > DaysIn(month, year)) return false;
        length = start + yearDigits + 6;
        return true;
    }

    private static int DaysIn(int month, ReadOnlySpan<char> year)
    {
        if (month != 2) return month is 4 or 6 or 9 or 11 ? 30 : 31;
        // Leap years follow the proleptic Gregorian calendar; the last four digits decide divisibility by 400.
        var lastFour = int.Parse(year[^4..], provider: System.Globalization.CultureInfo.InvariantCulture);
        var byFour = lastFour % 4 == 0;
        var century = lastFour % 100 == 0;
        var byFourHundred = lastFour % 400 == 0;
        return byFour && (!century || byFourHundred) ? 29 : 28;
    }

    private static bool TimePart(ReadOnlySpan<char> s, out int length)
    {
        length = 0;
        if (s.Length < 8 || s[2] != ':' || s[5] != ':') return false;
        if (!TwoDigits(s[..2], out var hour) || !TwoDigits(s[3..5], out var minute) || !TwoDigits(s[6..8], out var second)) return false;
        length = 8;
        var fractionIsZero = true;
        if (s.Length > 8 && s[8] == '.')
        {
            var digits = 0;
            while (8 + 1 + digits < s.Length && char.IsAsciiDigit(s[9 + digits]))
            {
                if (s[9 + digits] != '0') fractionIsZero = false;
                digits++;
            }
            if (digits == 0) return false;
            length = 9 + digits;
        }
        if (hour == 24) return minute == 0 && second == 0 && fractionIsZero;
        return hour <= 23 && minute <= 59 && second <= 59;
    }

    /// <summary>Nothing, Z, or ±hh:mm with hh up to 14 (and 14:00 at most).</summary>
    private static bool TimeZone(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return true;
        if (s is "Z") return true;
        if (s.Length != 6 || (s[0] != '+' && s[0] != '-') || s[3] != ':') return false;
        if (!TwoDigits(s[1..3], out var hours) || !TwoDigits(s[4..6], out var minutes)) return false;
        return hours < 14 ? minutes <= 59 : hours == 14 && minutes == 0;
    }

    private static bool TwoDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        if (s.Length != 2 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[1])) return false;
        value = (s[0] - '0') * 10 + (s[1] - '0');
        return true;
    }

    /// <summary>
    /// RFC 2045 base64 with blanks allowed anywhere (the JDK strips them first): whole quads, padding only at the
    /// end, and the bits a padded quad leaves unused must be zero (QQ== is valid, QR== is not).
    /// </summary>
    private static bool IsBase64(string text)
    {
        var count = 0;
        var padding = 0;
        var lastValue = 0;
        foreach (var c in text)
        {
            if (IsXmlWhitespace(c)) continue;
            if (c == '=')
            {
                padding++;
                count++;
                continue;
            }
            if (padding > 0) return false;
            var value = Base64Value(c);
            if (value < 0) return false;
            lastValue = value;
            count++;
        }
        if (count % 4 != 0 || padding > 2) return false;
        return padding switch
        {
            1 => (lastValue & 0b11) == 0,
            2 => (lastValue & 0b1111) == 0 && count >= 4,
            _ => true,
        };
    }

    private static int Base64Value(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => -1,
    };

    private static bool IsLanguage(ReadOnlySpan<char> s)
    {
        var part = 0;
        foreach (var range in s.Split('-'))
        {
            var segment = s[range];
            if (segment.Length is < 1 or > 8) return false;
            foreach (var c in segment)
            {
                if (!char.IsAsciiLetter(c) && (part == 0 || !char.IsAsciiDigit(c))) return false;
            }
            part++;
        }
        return part > 0;
    }

    /// <summary>
    /// A URI reference as the JDK's anyURI check accepts it (it escapes blanks, non-ASCII characters and
    /// &lt; &gt; " { } | \ ^ ` before parsing, so those pass): no stray '%', one fragment at most, and a well-formed
    /// scheme when a colon comes before the first '/', '?' or '#'.
    /// </summary>
    private static bool IsAnyUri(ReadOnlySpan<char> s)
    {
        var hashes = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '%' when i + 2 >= s.Length || !char.IsAsciiHexDigit(s[i + 1]) || !char.IsAsciiHexDigit(s[i + 2]):
                    return false;
                case '#':
                    hashes++;
                    break;
            }
        }
        if (hashes > 1) return false;
        var end = s.IndexOfAny("/?#");
        var colon = (end < 0 ? s : s[..end]).IndexOf(':');
        if (colon < 0) return true;
        if (colon == 0) return false;
        var scheme = s[..colon];
        if (!char.IsAsciiLetter(scheme[0])) return false;
        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '+' and not '-' and not '.') return false;
        }
        return true;
    }

    private static bool IsNcName(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (var c in s)
        {
            if (!char.IsLetterOrDigit(c) && c is not '.' and not '-' and not '_') return false;
        }
        return true;
    }
}
