using System.Globalization;
using Efactura.Validation.XPath;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>How the own rules show numbers and dates in messages.</summary>
internal static class Numbers
{
    /// <summary>A rate or amount without trailing zeros: 19.00 → "19", 5.5 → "5.5".</summary>
    public static string Show(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Show(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The calendar day an xs:date names as written (<c>2026-11-20</c>, also <c>2026-11-20+02:00</c>: the 20th), surrounding
    /// spaces ignored; null when it is not a date or outside years 1 to 9999.
    /// </summary>
    public static DateOnly? Date(string? text) => XsDate.Cast(text)?.CalendarDay;

    /// <summary>A percentage list: [21, 11, 9] → "21%, 11% or 9%".</summary>
    public static string Rates(IReadOnlyList<decimal> rates, string or) => rates.Count switch
    {
        0 => "",
        1 => Show(rates[0]) + "%",
        _ => string.Join(", ", rates.Take(rates.Count - 1).Select(r => Show(r) + "%")) + $" {or} " + Show(rates[^1]) + "%",
    };
}
