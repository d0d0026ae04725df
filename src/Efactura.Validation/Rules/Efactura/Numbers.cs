using System.Globalization;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>How the own rules show numbers and dates in messages.</summary>
internal static class Numbers
{
    /// <summary>A rate or amount without trailing zeros: 19.00 → "19", 5.5 → "5.5".</summary>
    public static string Show(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An xs:date as written (yyyy-MM-dd, surrounding spaces ignored), or null.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A percentage list: [21, 11, 9] → "21%, 11% or 9%".</summary>
    public static string Rates(IReadOnlyList<decimal> rates, string or) => rates.Count switch
    {
        0 => "",
        1 => Show(rates[0]) + "%",
        _ => string.Join(", ", rates.Take(rates.Count - 1).Select(r => Show(r) + "%")) + $" {or} " + Show(rates[^1]) + "%",
    };
}
