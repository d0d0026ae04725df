namespace Efactura.Core.CodeLists;

/// <summary>
/// The Romanian fiscal code of a company (CUI, also called CIF): 2 to 10 digits, the last one a check digit
/// computed with the key 753217532. As a VAT identifier it is written with the prefix "RO" (RO12345678).
/// </summary>
public static class Cui
{
    private const string Key = "753217532";
    private const int MinLength = 2;
    private const int MaxLength = 10;

    /// <summary>
    /// True when <paramref name="value"/> is a CUI whose check digit is right; an "RO" prefix (any case) and
    /// spaces are accepted: "RO 14080700", "ro14080700", "14080700".
    /// </summary>
    public static bool IsValid(string value)
    {
        if (value is null) return false;
        var digits = Normalize(value);
        if (digits.Length is < MinLength or > MaxLength) return false;
        if (!digits.All(char.IsAsciiDigit) || digits[0] == '0') return false;
        return CheckDigit(digits.AsSpan(0, digits.Length - 1)) == digits[^1] - '0';
    }

    /// <summary>
    /// The CUI without spaces and without the "RO" prefix: "RO 140 807 00" → "14080700". For a valid CUI
    /// that is its digits; anything else is returned with the same two edits and nothing more.
    /// </summary>
    public static string Normalize(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var compact = string.Concat(value.Where(c => !char.IsWhiteSpace(c)));
        return compact.StartsWith("RO", StringComparison.OrdinalIgnoreCase) ? compact[2..] : compact;
    }

    /// <summary>
    /// The check digit of the CUI body (the digits without the check digit): the body, right-aligned on the
    /// key 753217532, is multiplied digit by digit, the sum times 10 modulo 11 is the check digit, 10 counting as 0.
    /// </summary>
    internal static int CheckDigit(ReadOnlySpan<char> body)
    {
        var offset = Key.Length - body.Length;
        var sum = 0;
        for (var i = 0; i < body.Length; i++) sum += (body[i] - '0') * (Key[offset + i] - '0');
        var check = sum * 10 % 11;
        return check == 10 ? 0 : check;
    }
}
