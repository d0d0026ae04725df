using Efactura.Core.Findings;
using Efactura.Validation.Xml;

namespace Efactura.Validation.Structure;

/// <summary>
/// One schema violation: the JDK validator's message id and text (what ANAF shows), and our explanation in
/// English and Romanian with the fix. All structural violations are fatal: ANAF rejects an XSD-invalid document.
/// </summary>
/// <param name="Id">The XML Schema validation rule as the JDK names it (cvc-complex-type.2.4.a).</param>
/// <param name="OfficialText">The JDK's message, id included, as its validator words it.</param>
/// <param name="Element">The element concerned (for attribute violations, the element carrying the attribute).</param>
/// <param name="Attribute">The attribute concerned, when there is one.</param>
/// <param name="Message">What is wrong, in our words.</param>
/// <param name="MessageRo">The same in Romanian.</param>
/// <param name="Fix">What to change.</param>
internal sealed record StructureIssue(string Id, string OfficialText, Element Element, ElementAttribute? Attribute, string Message, string MessageRo, string Fix)
{
    public Finding ToFinding()
    {
        var (line, column) = Attribute?.Position.LineAndColumn ?? Element.Position;
        return new()
        {
            Code = Id,
            Severity = Severity.Fatal,
            Message = $"{Message} [{OfficialText}]",
            MessageRo = MessageRo,
            Fix = Fix,
            XPath = Attribute is null ? Element.Path() : $"{Element.Path()}/@{Attribute.QualifiedName}",
            Line = line > 0 ? line : null,
            Column = column > 0 ? column : null,
        };
    }
}
