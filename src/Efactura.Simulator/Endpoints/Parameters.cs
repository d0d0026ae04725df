using System.Globalization;

namespace Efactura.Simulator.Endpoints;

/// <summary>How ANAF reads its numeric query parameters: plain digits (Java's Long.parseLong without a sign).</summary>
internal static class Parameters
{
    /// <summary>The value as a non-negative long, or null when it is not plain digits.</summary>
    public static long? Long(string value) =>
        value.Length is > 0 and <= 18 && value.All(char.IsAsciiDigit) ? long.Parse(value, CultureInfo.InvariantCulture) : null;

    /// <summary>True when the value is plain digits (a CIF as ANAF accepts it).</summary>
    public static bool IsNumber(string value) => value.Length > 0 && value.All(char.IsAsciiDigit);
}
