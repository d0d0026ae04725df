using System.Globalization;

namespace Efactura.Pdf.Text;

/// <summary>
/// How numbers and dates are written in one language. Built by hand because the project runs with invariant
/// globalization (no ICU culture data): Romanian writes 1.234,56 and 19.11.2026, English 1,234.56 and 2026-11-19.
/// Amounts keep every decimal the invoice has (at least two); nothing is rounded here.
/// </summary>
internal sealed class NumberStyle
{
    private readonly NumberFormatInfo format;
    private readonly string datePattern;

    private NumberStyle(string decimalSeparator, string groupSeparator, string datePattern)
    {
        format = new NumberFormatInfo { NumberDecimalSeparator = decimalSeparator, NumberGroupSeparator = groupSeparator, NegativeSign = "-" };
        this.datePattern = datePattern;
    }

    public static NumberStyle Romanian { get; } = new(",", ".", "dd.MM.yyyy");

    public static NumberStyle English { get; } = new(".", ",", "yyyy-MM-dd");

    /// <summary>An amount with at least two decimals and as many as it has: 1.234,5 → "1.234,50", 0,125 → "0,125".</summary>
    public string Amount(decimal value) => Number(value, minimumDecimals: 2);

    /// <summary>A quantity or a rate with the decimals it has, trailing zeros dropped: 6,500 → "6,5".</summary>
    public string Quantity(decimal value) => Number(value, minimumDecimals: 0);

    /// <summary>A percentage: 21 → "21%", 9,5 → "9,5%".</summary>
    public string Percent(decimal value) => Quantity(value) + "%";

    public string Date(DateOnly date) => date.ToString(datePattern, CultureInfo.InvariantCulture);

    public string DateTime(DateTime time) => time.ToString(datePattern + " HH:mm", CultureInfo.InvariantCulture);

    private string Number(decimal value, int minimumDecimals)
    {
        var decimals = Math.Max(minimumDecimals, Scale(value));
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), format);
    }

    // The significant decimals: the decimal's scale without trailing zeros.
    private static int Scale(decimal value)
    {
        var normalized = value / 1.000000000000000000000000000000000m;
        return (decimal.GetBits(normalized)[3] >> 16) & 0xFF;
    }
}
