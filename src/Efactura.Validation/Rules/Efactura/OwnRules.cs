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
    public static Finding Warning(string code, Element at, string message, string messageRo, string fix) => Warning(code, at, at.Position, message, messageRo, fix);

    private static Finding Warning(string code, Element at, (int Line, int Column) position, string message, string messageRo, string fix) => new()
    {
        Code = code,
        Severity = Severity.Warning,
        Message = message,
        MessageRo = messageRo,
        Fix = fix,
        XPath = at.Path(),
        Line = position.Line > 0 ? position.Line : null,
        Column = position.Column > 0 ? position.Column : null,
    };
}
