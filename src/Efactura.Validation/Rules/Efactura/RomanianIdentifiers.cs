using System.Text.RegularExpressions;
using Efactura.Core.CodeLists;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>Which Romanian identifier a value looks like, before its check digit is checked.</summary>
internal static partial class RomanianIdentifiers
{
    /// <summary>"RO" (optional) and 2 to 10 digits, the shape of a CUI; spaces allowed.</summary>
    public static bool LooksLikeCui(string value) => CuiShape().IsMatch(value);

    /// <summary>Exactly 13 digits, the shape of a CNP (the 13 zeros included).</summary>
    public static bool LooksLikeCnp(string value) => CnpShape().IsMatch(value);

    /// <summary>A CUI with a right check digit, a valid CNP, or the 13 zeros of an unknown buyer.</summary>
    public static bool IdentifiesTaxpayer(string value) =>
        (LooksLikeCui(value) && Cui.IsValid(value)) || (LooksLikeCnp(value) && (Cnp.IsValid(value) || Cnp.IsAnonymous(value)));

    [GeneratedRegex(@"^(?:RO)?\s*[0-9](?:\s*[0-9]){1,9}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuiShape();

    [GeneratedRegex(@"^[0-9]{13}$", RegexOptions.CultureInvariant)]
    private static partial Regex CnpShape();
}
