namespace Efactura.Core.CodeLists;

/// <summary>
/// The Romanian personal numeric code (CNP): 13 digits S YY MM DD JJ NNN C. S gives sex and century, YYMMDD
/// the birth date, JJ the county, NNN a serial number and C a check digit computed with the key 279146358279.
/// A B2C invoice names the buyer by CNP; when it is unknown ANAF accepts thirteen zeros.
/// </summary>
public static class Cnp
{
    private const string Key = "279146358279";
    private const string AnonymousValue = "0000000000000";
    private const int Length = 13;

    /// <summary>
    /// True when <paramref name="value"/> (surrounding spaces ignored) is 13 digits, S is 1..9, the birth date is a
    /// real date in the century S gives (1, 2: 1900s; 3, 4: 1800s; 5, 6: 2000s; 7, 8, 9, foreign residents and
    /// foreigners: 1900s or 2000s) and the check digit is right. The anonymous 13 zeros are not a valid CNP:
    /// see <see cref="IsAnonymous"/>.
    /// </summary>
    public static bool IsValid(string value)
    {
        if (value is null) return false;
        var cnp = value.Trim();
        if (cnp.Length != Length || !cnp.All(char.IsAsciiDigit)) return false;
        if (cnp[0] == '0') return false;
        return HasRealBirthDate(cnp) && CheckDigit(cnp.AsSpan(0, Length - 1)) == cnp[^1] - '0';
    }

    /// <summary>True for "0000000000000", the CNP ANAF accepts for a buyer whose CNP is not known (surrounding spaces ignored).</summary>
    public static bool IsAnonymous(string value) => value is not null && value.Trim() == AnonymousValue;

    /// <summary>
    /// The check digit of the first 12 digits: each multiplied by the digit of the key 279146358279 in the same
    /// position, the sum modulo 11, 10 counting as 1.
    /// </summary>
    internal static int CheckDigit(ReadOnlySpan<char> first12)
    {
        var sum = 0;
        for (var i = 0; i < first12.Length; i++) sum += (first12[i] - '0') * (Key[i] - '0');
        var check = sum % 11;
        return check == 10 ? 1 : check;
    }

    private static bool HasRealBirthDate(string cnp)
    {
        var yy = TwoDigits(cnp, 1);
        var month = TwoDigits(cnp, 3);
        var day = TwoDigits(cnp, 5);
        return Centuries(cnp[0]).Any(century => IsDate(century + yy, month, day));
    }

    private static int[] Centuries(char sex) => sex switch
    {
        '1' or '2' => [1900],
        '3' or '4' => [1800],
        '5' or '6' => [2000],
        _ => [1900, 2000],
    };

    private static bool IsDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int TwoDigits(string text, int start) => (text[start] - '0') * 10 + (text[start + 1] - '0');
}
