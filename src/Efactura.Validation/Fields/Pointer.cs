using System.Globalization;

namespace Efactura.Validation.Fields;

/// <summary>Builds RFC 6901 JSON pointers: "~" is written "~0" and "/" is written "~1" (§3).</summary>
internal static class Pointer
{
    public static string Member(string pointer, string name) =>
        pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Item(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
}
