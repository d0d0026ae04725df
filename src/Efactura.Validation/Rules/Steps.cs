using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules;

/// <summary>
/// The recurring pieces of the official tests, each the C# reading of one XPath idiom, so that a rule
/// reads close to its official condition.
/// </summary>
internal static class Steps
{
    /// <summary><c>string-length(normalize-space(path))</c> (the first node when there are several).</summary>
    public static int Length(this Element e, params ReadOnlySpan<Name> path) => XPathFunctions.NormalizedLength(e.Text(path));

    /// <summary><c>normalize-space(path)</c>.</summary>
    public static string Normalized(this Element e, params ReadOnlySpan<Name> path) => XPathFunctions.NormalizeSpace(e.Text(path));

    /// <summary><c>path[boolean(normalize-space(.))]</c>: some node on the path has non-blank text.</summary>
    public static bool NonBlank(this Element e, params ReadOnlySpan<Name> path)
    {
        foreach (var node in e.Along(path))
        {
            if (XPathFunctions.NormalizeSpace(node.Value).Length > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// <c>(path) != ''</c> as ANAF's copy of the model rules tests it (some node on the path not empty), or, for CEN 1.3.16
    /// (<paramref name="cen"/>), <c>normalize-space(path) != ''</c> (the first node's text not blank).
    /// </summary>
    public static bool Given(this Element e, bool cen, params ReadOnlySpan<Name> path) => cen ? e.Normalized(path).Length > 0 : e.NotEmpty(path);

    /// <summary><c>(path) != ''</c>: some node on the path has a non-empty string value.</summary>
    public static bool NotEmpty(this Element e, params ReadOnlySpan<Name> path)
    {
        foreach (var node in e.Along(path))
        {
            if (node.Value.Length > 0) return true;
        }
        return false;
    }

    /// <summary><c>string-length(substring-after(path, '.')) &lt;= 2</c>.</summary>
    public static bool AtMostTwoDecimals(this Element e, params ReadOnlySpan<Name> path) => XPathFunctions.FractionLength(e.Text(path)) <= 2;

    /// <summary><c>[cbc:ChargeIndicator = true()/false()]</c> on this element.</summary>
    public static bool ChargeIndicatorIs(this Element e, bool value)
    {
        foreach (var indicator in e.ChildrenNamed(Cbc.ChargeIndicator))
        {
            if (XPathFunctions.Boolean(indicator.Value) == value) return true;
        }
        return false;
    }

    /// <summary><c>[cac:TaxScheme/normalize-space(upper-case(cbc:ID))='VAT']</c> on a tax category or party tax scheme.</summary>
    public static bool HasVatScheme(this Element e)
    {
        foreach (var scheme in e.ChildrenNamed(Cac.TaxScheme))
        {
            foreach (var id in scheme.ChildrenNamed(Cbc.ID))
            {
                if (XPathFunctions.NormalizedUpperIs(id.Value, "VAT")) return true;
            }
        }
        return false;
    }

    /// <summary><c>[normalize-space(cbc:ID) = code]</c> (the first ID; the rules assume one).</summary>
    public static bool IdIs(this Element e, string code) => e.Normalized(Cbc.ID) == code;

    /// <summary>xs:decimal(path) of the first node, or null when missing or not a decimal.</summary>
    public static decimal? Decimal(this Element e, params ReadOnlySpan<Name> path) => XPathFunctions.Decimal(e.Text(path));

    /// <summary>The untyped value of the first node on the path compared as xs:double; NaN when missing or not a number.</summary>
    public static double Number(this Element e, params ReadOnlySpan<Name> path) =>
        e.First(path) is { } node ? XPathFunctions.Double(node.Value) : double.NaN;

    /// <summary><c>(path) op number</c> as a general comparison: true when some node's value, as a double, satisfies it.</summary>
    public static bool AnyNumber(this Element e, Func<double, bool> compare, params ReadOnlySpan<Name> path)
    {
        foreach (var node in e.Along(path))
        {
            if (compare(XPathFunctions.Double(node.Value))) return true;
        }
        return false;
    }

    /// <summary><c>(path) = value</c> as a general comparison on strings: some node's value equals it exactly.</summary>
    public static bool AnyEquals(this Element e, string value, params ReadOnlySpan<Name> path)
    {
        foreach (var node in e.Along(path))
        {
            if (node.Value == value) return true;
        }
        return false;
    }

    /// <summary>The sum of xs:decimal values over nodes; null when a value is not a decimal (XPath would fail).</summary>
    public static decimal? SumDecimals(IEnumerable<Element> nodes)
    {
        var total = 0m;
        foreach (var node in nodes)
        {
            if (XPathFunctions.Decimal(node.Value) is not { } value) return null;
            total += value;
        }
        return total;
    }

    /// <summary>An XPath value comparison of two possibly empty decimals: false when either side is empty.</summary>
    public static bool Same(decimal? left, decimal? right) => left is { } l && right is { } r && l == r;
}
