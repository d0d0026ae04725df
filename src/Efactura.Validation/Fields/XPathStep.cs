using System.Globalization;

namespace Efactura.Validation.Fields;

/// <summary>
/// One step of a finding's XPath: an element's local name and 1-based position (<c>cac:InvoiceLine[3]</c>), or an
/// attribute (<c>@currencyID</c>). Prefixes are dropped: the UBL names do not clash across cac and cbc where it matters.
/// </summary>
internal readonly record struct XPathStep(string Name, int Position, bool IsAttribute)
{
    /// <summary>
    /// The steps of <c>/ubl:Invoice[1]/cac:InvoiceLine[3]/cbc:ID[1]</c> or <c>.../@unitCode</c>; a step without
    /// a position is position 1; predicates other than a position are ignored.
    /// </summary>
    public static List<XPathStep> Parse(string xpath)
    {
        var steps = new List<XPathStep>();
        foreach (var raw in xpath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.StartsWith('@'))
            {
                steps.Add(new XPathStep(raw[1..], 1, IsAttribute: true));
                continue;
            }
            var bracket = raw.IndexOf('[', StringComparison.Ordinal);
            var qualified = bracket < 0 ? raw : raw[..bracket];
            var position = 1;
            if (bracket >= 0 && int.TryParse(raw.AsSpan(bracket + 1, raw.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var p)) position = p;
            var colon = qualified.IndexOf(':', StringComparison.Ordinal);
            steps.Add(new XPathStep(colon < 0 ? qualified : qualified[(colon + 1)..], position, IsAttribute: false));
        }
        return steps;
    }
}
