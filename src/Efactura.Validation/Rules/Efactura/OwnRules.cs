using Efactura.Core.Findings;
using Efactura.Validation.Xml;

namespace Efactura.Validation.Rules.Efactura;

/// <summary>efactura's own rule group (<see cref="EfacturaRuleIds"/>), run after the official patterns.</summary>
internal static class OwnRules
{
    private static readonly IOwnRule[] Rules =
    [
        new VatRateRule(),
        new RomanianIdRule(),
        new ConsumerBuyerRule(),
        new PublicBuyerRule(),
        new CountyRule(),
        new DeadlineRule(),
    ];

    public static IEnumerable<Finding> Check(UblDocument document, ValidationProfile profile, InvoiceValidatorOptions options)
    {
        var context = new OwnRuleContext(document, profile, options);
        return Rules.SelectMany(rule => rule.Check(context));
    }

    /// <summary>A warning located at <paramref name="at"/>.</summary>
    public static Finding Warning(string code, Element at, string message, string messageRo, string fix)
    {
        var (line, column) = at.Position;
        return new()
        {
            Code = code,
            Severity = Severity.Warning,
            Message = message,
            MessageRo = messageRo,
            Fix = fix,
            XPath = at.Path(),
            Line = line > 0 ? line : null,
            Column = column > 0 ? column : null,
        };
    }
}
