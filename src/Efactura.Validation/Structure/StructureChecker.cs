using Efactura.Validation.Xml;

namespace Efactura.Validation.Structure;

/// <summary>
/// Checks a parsed document against the UBL 2.1 schema structure in one walk of the existing tree: element order
/// and occurrences, unknown and misplaced elements, attributes, and the lexical form of every value. It reports
/// what the JDK's validator (javax.xml.validation, the one ANAF's check uses) reports, in the same order:
/// <list type="bullet">
/// <item>after a child the sequence rejects, that parent's content is not checked further (no more order errors
/// and no "incomplete" for it), but every child is still checked against its own global declaration;</item>
/// <item>an element no schema declares is checked laxly: its children that are declared are checked;</item>
/// <item>ext:ExtensionContent holds one element of another namespace, checked laxly in the same way.</item>
/// </list>
/// </summary>
internal sealed class StructureChecker
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private readonly UblSchema schema;
    private readonly ElementDeclaration? otherRoot;
    private readonly List<StructureIssue> issues = [];

    private StructureChecker(UblSchema schema, ElementDeclaration? otherRoot)
    {
        this.schema = schema;
        this.otherRoot = otherRoot;
    }

    /// <summary>
    /// Every structural issue of an Invoice or CreditNote document, in the JDK's order. The schema of one document
    /// type does not declare the other's root element, so that one counts as unknown below the root.
    /// </summary>
    public static IReadOnlyList<StructureIssue> Check(UblDocument document, UblSchema? schema = null)
    {
        schema ??= UblSchema.Instance;
        var root = schema.Declaration(document.Root);
        if (root != schema.Invoice && root != schema.CreditNote) throw new ArgumentException("the root is neither a UBL Invoice nor a CreditNote", nameof(document));
        var checker = new StructureChecker(schema, root == schema.Invoice ? schema.CreditNote : schema.Invoice);
        checker.Validate(document.Root, root);
        return checker.issues;
    }

    private ElementDeclaration? Declaration(Element element)
    {
        var declaration = schema.Declaration(element);
        return declaration == otherRoot ? null : declaration;
    }

    private void Validate(Element element, ElementDeclaration declaration)
    {
        NotNillable(element);
        switch (declaration.Type)
        {
            case SimpleContentType { IsSimpleType: true } simple:
                SimpleValue(element, simple);
                break;
            case SimpleContentType value:
                Attributes(element, value);
                Value(element, value);
                break;
            case ComplexType complex:
                Attributes(element, complex);
                Content(element, complex.Content);
                break;
            default:
                LaxChildren(element);
                break;
        }
    }

    /// <summary>An element checked laxly: against its declaration when there is one, else its children the same way.</summary>
    private void ValidateLax(Element element)
    {
        if (Declaration(element) is { } declaration) Validate(element, declaration);
        else LaxChildren(element);
    }

    private void LaxChildren(Element element)
    {
        var children = element.Children;
        for (var i = 0; i < children.Count; i++) ValidateLax(children[i]);
    }

    private void Content(Element element, ContentModel content)
    {
        if (content.IsEmpty)
        {
            LaxChildren(element);
            if (element.Children.Count > 0 || !LexicalSpace.IsBlank(element.DirectText)) issues.Add(StructureIssues.ContentInEmpty(element));
            return;
        }

        var position = default(SequencePosition);
        var failed = false;
        var children = element.Children;
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            var declaration = Declaration(child);
            if (!failed)
            {
                var particle = content.Advance(ref position, declaration, child.NamespaceUri);
                if (particle is null)
                {
                    failed = true;
                    var expected = content.Expected(position);
                    issues.Add(expected.Count > 0
                        ? StructureIssues.UnexpectedElement(child, element, declaration is not null, expected)
                        : StructureIssues.NoMoreElements(child, element));
                }
                else if (particle.Wildcard is { } wildcard)
                {
                    if (wildcard.Process == ProcessContents.Skip) continue;
                    if (wildcard.Process == ProcessContents.Strict && declaration is null) issues.Add(StructureIssues.UndeclaredInStrictWildcard(child));
                }
            }
            if (declaration is not null) Validate(child, declaration);
            else LaxChildren(child);
        }

        if (!LexicalSpace.IsBlank(element.DirectText)) issues.Add(StructureIssues.TextInElementOnly(element));
        else if (!failed && !content.IsComplete(position)) issues.Add(StructureIssues.Incomplete(element, content.Expected(position)));
    }

    private void Value(Element element, SimpleContentType type)
    {
        var text = element.DirectText;
        if (element.Children.Count > 0)
        {
            LaxChildren(element);
            issues.Add(StructureIssues.InvalidValueContent(element, hasChildren: true));
            // The JDK then checks the text it collected since the last start tag, that of the last descendant.
            text = LastDescendant(element).DirectText;
        }
        if (LexicalSpace.IsValid(type.Text, text)) return;
        issues.Add(StructureIssues.InvalidValue(element, type.Text, Normalized(type.Text, text)));
        issues.Add(StructureIssues.InvalidValueContent(element, hasChildren: false));
    }

    private static Element LastDescendant(Element element)
    {
        while (element.Children.Count > 0) element = element.Children[^1];
        return element;
    }

    private void SimpleValue(Element element, SimpleContentType type)
    {
        foreach (var attribute in element.Attributes)
        {
            if (!IsXsi(attribute)) issues.Add(StructureIssues.AttributeOnSimple(element, attribute));
        }
        if (element.Children.Count > 0)
        {
            issues.Add(StructureIssues.ChildrenInSimple(element));
            LaxChildren(element);
            return;
        }
        if (LexicalSpace.IsValid(type.Text, element.DirectText)) return;
        var value = Normalized(type.Text, element.DirectText);
        issues.Add(StructureIssues.InvalidValue(element, type.Text, value));
        issues.Add(StructureIssues.InvalidSimpleValue(element, value));
    }

    private void Attributes(Element element, TypeDefinition type)
    {
        foreach (var attribute in element.Attributes)
        {
            if (IsXsi(attribute)) continue;
            var declared = attribute.NamespaceUri.Length == 0 ? type.Attribute(attribute.LocalName) : null;
            if (declared is null)
            {
                issues.Add(StructureIssues.UnexpectedAttribute(element, attribute, type));
                continue;
            }
            if (LexicalSpace.IsValid(declared.Type, attribute.Value)) continue;
            var value = Normalized(declared.Type, attribute.Value);
            issues.Add(StructureIssues.InvalidAttributeValue(element, attribute, declared.Type, value));
            issues.Add(StructureIssues.InvalidAttribute(element, attribute, declared.Type, value));
        }
        foreach (var declared in type.Attributes)
        {
            if (declared.Required && element.Attribute(declared.Name) is null) issues.Add(StructureIssues.MissingAttribute(element, declared));
        }
    }

    private void NotNillable(Element element)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.NamespaceUri == XsiNamespace && attribute.LocalName == "nil") issues.Add(StructureIssues.NotNillable(element, attribute));
        }
    }

    /// <summary>The xsi: attributes any element may carry (XML Schema Part 1, 3.3.4).</summary>
    private static bool IsXsi(ElementAttribute attribute) =>
        attribute.NamespaceUri == XsiNamespace && attribute.LocalName is "type" or "nil" or "schemaLocation" or "noNamespaceSchemaLocation";

    /// <summary>The value after the type's whitespace processing, as the JDK quotes it.</summary>
    private static string Normalized(BuiltInType type, string value) => type switch
    {
        BuiltInType.String => value,
        BuiltInType.NormalizedString => Replace(value),
        _ => string.Join(' ', value.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)),
    };

    private static string Replace(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
