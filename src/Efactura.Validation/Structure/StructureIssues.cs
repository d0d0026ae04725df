using Efactura.Validation.Xml;

namespace Efactura.Validation.Structure;

/// <summary>
/// Builds each kind of <see cref="StructureIssue"/>: the JDK's message id and wording (the Xerces messages of
/// javax.xml.validation, which ANAF's validator reports) beside our own explanation and fix.
/// </summary>
internal static class StructureIssues
{
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>cvc-complex-type.2.4.a: a child the sequence does not accept at this point.</summary>
    public static StructureIssue UnexpectedElement(Element element, Element parent, bool declared, IReadOnlyList<Particle> expected)
    {
        var listed = Readable(expected);
        var unknown = !declared;
        return new(
            "cvc-complex-type.2.4.a",
            $"cvc-complex-type.2.4.a: Invalid content was found starting with element '{Expanded(element)}'. One of '{Official(expected)}' is expected.",
            element, null,
            unknown
                ? $"{element.QualifiedName} is not an element of UBL 2.1 (check its name and namespace); at this point {parent.QualifiedName} expects {listed}."
                : $"{element.QualifiedName} is not allowed here: at this point {parent.QualifiedName} expects {listed}.",
            unknown
                ? $"{element.QualifiedName} nu este un element UBL 2.1 (verificați numele și spațiul de nume); în acest punct {parent.QualifiedName} așteaptă {listed}."
                : $"{element.QualifiedName} nu este permis aici: în acest punct {parent.QualifiedName} așteaptă {listed}.",
            unknown
                ? $"Correct the name or namespace of {element.QualifiedName}, or remove it."
                : $"Put the children of {parent.QualifiedName} in the UBL 2.1 order and within their allowed number; add a missing required element ({expected[^1].Readable}) before {element.QualifiedName} if it is absent.");
    }

    /// <summary>cvc-complex-type.2.4.d: a child after the last one the sequence allows.</summary>
    public static StructureIssue NoMoreElements(Element element, Element parent) => new(
        "cvc-complex-type.2.4.d",
        $"cvc-complex-type.2.4.d: Invalid content was found starting with element '{element.QualifiedName}'. No child element is expected at this point.",
        element, null,
        $"{element.QualifiedName} is not allowed here: {parent.QualifiedName} allows no further child element.",
        $"{element.QualifiedName} nu este permis aici: {parent.QualifiedName} nu mai admite alte elemente copil.",
        $"Remove {element.QualifiedName} or move it to where UBL 2.1 allows it.");

    /// <summary>cvc-complex-type.2.4.b: the element ends before a required child.</summary>
    public static StructureIssue Incomplete(Element element, IReadOnlyList<Particle> expected) => new(
        "cvc-complex-type.2.4.b",
        $"cvc-complex-type.2.4.b: The content of element '{element.QualifiedName}' is not complete. One of '{Official(expected)}' is expected.",
        element, null,
        $"{element.QualifiedName} is incomplete: the required {expected[^1].Readable} is missing (after what it holds, UBL 2.1 expects {Readable(expected)}).",
        $"{element.QualifiedName} este incomplet: lipsește elementul obligatoriu {expected[^1].Readable} (UBL 2.1 așteaptă aici {Readable(expected)}).",
        $"Add {expected[^1].Readable} inside {element.QualifiedName}, at its place in the UBL 2.1 order.");

    /// <summary>cvc-complex-type.2.4.c: a strict wildcard matched an element without a declaration.</summary>
    public static StructureIssue UndeclaredInStrictWildcard(Element element) => new(
        "cvc-complex-type.2.4.c",
        $"cvc-complex-type.2.4.c: The matching wildcard is strict, but no declaration can be found for element '{element.QualifiedName}'.",
        element, null,
        $"{element.QualifiedName} is not declared by any schema UBL 2.1 knows, and this position admits declared elements only.",
        $"{element.QualifiedName} nu este declarat în schemele cunoscute de UBL 2.1, iar această poziție admite doar elemente declarate.",
        $"Use a declared element instead of {element.QualifiedName}.");

    /// <summary>cvc-complex-type.2.3: text inside an element that holds only elements.</summary>
    public static StructureIssue TextInElementOnly(Element element) => new(
        "cvc-complex-type.2.3",
        $"cvc-complex-type.2.3: Element '{element.QualifiedName}' cannot have character [children], because the type's content type is element-only.",
        element, null,
        $"{element.QualifiedName} groups other elements and cannot contain text of its own (found \"{Shorten(element.DirectText.Trim())}\").",
        $"{element.QualifiedName} grupează alte elemente și nu poate conține text propriu (s-a găsit „{Shorten(element.DirectText.Trim())}”).",
        $"Move the text into the child element it belongs to, or remove it from {element.QualifiedName}.");

    /// <summary>cvc-complex-type.2.1: content inside an element whose type is empty.</summary>
    public static StructureIssue ContentInEmpty(Element element) => new(
        "cvc-complex-type.2.1",
        $"cvc-complex-type.2.1: Element '{element.QualifiedName}' must have no character or element information item [children], because the type's content type is empty.",
        element, null,
        $"{element.QualifiedName} must be empty (attributes only).",
        $"{element.QualifiedName} trebuie să fie gol (doar atribute).",
        $"Remove the text and child elements of {element.QualifiedName}.");

    /// <summary>cvc-complex-type.2.2: a value element with child elements, or with an invalid value (after cvc-datatype-valid).</summary>
    public static StructureIssue InvalidValueContent(Element element, bool hasChildren) => new(
        "cvc-complex-type.2.2",
        $"cvc-complex-type.2.2: Element '{element.QualifiedName}' must have no element [children], and the value must be valid.",
        element, null,
        hasChildren
            ? $"{element.QualifiedName} holds a value and cannot contain child elements."
            : $"{element.QualifiedName} does not hold a valid value (see the finding before this one).",
        hasChildren
            ? $"{element.QualifiedName} conține o valoare și nu poate avea elemente copil."
            : $"{element.QualifiedName} nu conține o valoare validă (vezi constatarea anterioară).",
        hasChildren
            ? $"Remove the child elements of {element.QualifiedName}; they probably belong to its parent."
            : $"Write a valid value in {element.QualifiedName}.");

    /// <summary>cvc-datatype-valid.1.2.1: an element's text is not in its type's lexical space.</summary>
    public static StructureIssue InvalidValue(Element element, BuiltInType type, string value) => new(
        "cvc-datatype-valid.1.2.1",
        $"cvc-datatype-valid.1.2.1: '{value}' is not a valid value for '{type.XsdName()}'.",
        element, null,
        $"{element.QualifiedName} must be {Describe(type)}; '{Shorten(value)}' is not.",
        $"{element.QualifiedName} trebuie să fie {DescribeRo(type)}; '{Shorten(value)}' nu este.",
        $"Write {element.QualifiedName} as {Describe(type)}.");

    /// <summary>cvc-type.3.1.3: the text of an element of simple type is invalid (after cvc-datatype-valid).</summary>
    public static StructureIssue InvalidSimpleValue(Element element, string value) => new(
        "cvc-type.3.1.3",
        $"cvc-type.3.1.3: The value '{value}' of element '{element.QualifiedName}' is not valid.",
        element, null,
        $"{element.QualifiedName} does not hold a valid value (see the finding before this one).",
        $"{element.QualifiedName} nu conține o valoare validă (vezi constatarea anterioară).",
        $"Write a valid value in {element.QualifiedName}.");

    /// <summary>cvc-type.3.1.2: an element of simple type with child elements.</summary>
    public static StructureIssue ChildrenInSimple(Element element) => new(
        "cvc-type.3.1.2",
        $"cvc-type.3.1.2: Element '{element.QualifiedName}' is a simple type, so it must have no element information item [children].",
        element, null,
        $"{element.QualifiedName} holds a value and cannot contain child elements.",
        $"{element.QualifiedName} conține o valoare și nu poate avea elemente copil.",
        $"Remove the child elements of {element.QualifiedName}.");

    /// <summary>cvc-type.3.1.1: an attribute on an element of simple type.</summary>
    public static StructureIssue AttributeOnSimple(Element element, ElementAttribute attribute) => new(
        "cvc-type.3.1.1",
        $"cvc-type.3.1.1: Element '{element.QualifiedName}' is a simple type, so it cannot have attributes, excepting those whose namespace name is identical to '{XsiNamespace}' and whose [local name] is one of 'type', 'nil', 'schemaLocation' or 'noNamespaceSchemaLocation'. However, the attribute, '{attribute.QualifiedName}' was found.",
        element, attribute,
        $"{element.QualifiedName} cannot carry attributes, but has {attribute.QualifiedName}.",
        $"{element.QualifiedName} nu poate avea atribute, dar are {attribute.QualifiedName}.",
        $"Remove the attribute {attribute.QualifiedName}.");

    /// <summary>cvc-complex-type.3.2.2: an attribute the element's type does not declare.</summary>
    public static StructureIssue UnexpectedAttribute(Element element, ElementAttribute attribute, TypeDefinition type) => new(
        "cvc-complex-type.3.2.2",
        $"cvc-complex-type.3.2.2: Attribute '{attribute.QualifiedName}' is not allowed to appear in element '{element.QualifiedName}'.",
        element, attribute,
        type.Attributes.Length == 0
            ? $"{element.QualifiedName} takes no attributes, but has {attribute.QualifiedName}."
            : $"{element.QualifiedName} does not take the attribute {attribute.QualifiedName}; it allows {string.Join(", ", type.Attributes.Select(a => a.Name))}.",
        type.Attributes.Length == 0
            ? $"{element.QualifiedName} nu admite atribute, dar are {attribute.QualifiedName}."
            : $"{element.QualifiedName} nu admite atributul {attribute.QualifiedName}; admite {string.Join(", ", type.Attributes.Select(a => a.Name))}.",
        $"Remove {attribute.QualifiedName} from {element.QualifiedName} (attribute names are case-sensitive and take no namespace prefix).");

    /// <summary>cvc-complex-type.4: a required attribute is missing (currencyID, unitCode, mimeCode).</summary>
    public static StructureIssue MissingAttribute(Element element, AttributeDeclaration attribute) => new(
        "cvc-complex-type.4",
        $"cvc-complex-type.4: Attribute '{attribute.Name}' must appear on element '{element.QualifiedName}'.",
        element, null,
        $"{element.QualifiedName} needs the attribute {attribute.Name}{Purpose(attribute.Name)}.",
        $"{element.QualifiedName} trebuie să aibă atributul {attribute.Name}{PurposeRo(attribute.Name)}.",
        attribute.Name switch
        {
            "currencyID" => $"Add currencyID with the ISO 4217 code of the amount's currency, e.g. <{element.QualifiedName} currencyID=\"RON\">.",
            "unitCode" => $"Add unitCode with the UN/ECE Recommendation 20 code of the unit, e.g. <{element.QualifiedName} unitCode=\"H87\"> for pieces.",
            "mimeCode" => $"Add mimeCode with the attachment's media type, e.g. mimeCode=\"application/pdf\".",
            _ => $"Add the attribute {attribute.Name} to {element.QualifiedName}.",
        });

    /// <summary>cvc-datatype-valid.1.2.1 (or cvc-pattern-valid for a language) for an attribute value; cvc-attribute.3 follows.</summary>
    public static StructureIssue InvalidAttributeValue(Element element, ElementAttribute attribute, BuiltInType type, string value) => new(
        type == BuiltInType.Language ? "cvc-pattern-valid" : "cvc-datatype-valid.1.2.1",
        type == BuiltInType.Language
            ? $"cvc-pattern-valid: Value '{value}' is not facet-valid with respect to pattern '{LexicalSpace.LanguagePattern}' for type 'language'."
            : $"cvc-datatype-valid.1.2.1: '{value}' is not a valid value for '{type.XsdName()}'.",
        element, attribute,
        $"The attribute {attribute.QualifiedName} of {element.QualifiedName} must be {Describe(type)}; '{Shorten(value)}' is not.",
        $"Atributul {attribute.QualifiedName} al {element.QualifiedName} trebuie să fie {DescribeRo(type)}; '{Shorten(value)}' nu este.",
        $"Write {attribute.QualifiedName} as {Describe(type)}.");

    /// <summary>cvc-attribute.3: the attribute's value is invalid for its type (after the value finding).</summary>
    public static StructureIssue InvalidAttribute(Element element, ElementAttribute attribute, BuiltInType type, string value) => new(
        "cvc-attribute.3",
        $"cvc-attribute.3: The value '{value}' of attribute '{attribute.QualifiedName}' on element '{element.QualifiedName}' is not valid with respect to its type, '{type.XsdName()}'.",
        element, attribute,
        $"The attribute {attribute.QualifiedName} of {element.QualifiedName} does not hold a valid {type.XsdName()} (see the finding before this one).",
        $"Atributul {attribute.QualifiedName} al {element.QualifiedName} nu conține o valoare {type.XsdName()} validă (vezi constatarea anterioară).",
        $"Write {attribute.QualifiedName} as {Describe(type)}.");

    /// <summary>cvc-elt.3.1: xsi:nil on an element that is not nillable (no UBL element is).</summary>
    public static StructureIssue NotNillable(Element element, ElementAttribute attribute) => new(
        "cvc-elt.3.1",
        $"cvc-elt.3.1: Attribute '{XsiNamespace},nil' must not appear on element '{element.QualifiedName}', because the {{nillable}} property of '{element.QualifiedName}' is false.",
        element, attribute,
        $"{element.QualifiedName} cannot be marked xsi:nil; UBL leaves out an element that has no value.",
        $"{element.QualifiedName} nu poate fi marcat xsi:nil; în UBL un element fără valoare se omite.",
        $"Remove xsi:nil, and remove {element.QualifiedName} if it has no value.");

    /// <summary>The element name as the JDK's content-model messages write it: {"namespace":local}, or local without namespace.</summary>
    private static string Expanded(Element element) =>
        element.NamespaceUri.Length == 0 ? element.Name.Local : $"{{\"{element.NamespaceUri}\":{element.Name.Local}}}";

    private static string Official(IReadOnlyList<Particle> expected) => "{" + string.Join(", ", expected.Select(p => p.Expected)) + "}";

    private static string Readable(IReadOnlyList<Particle> expected) => expected.Count switch
    {
        0 => "nothing",
        1 => expected[0].Readable,
        _ => "one of " + string.Join(", ", expected.Select(p => p.Readable)),
    };

    private static string Purpose(string attribute) => attribute switch
    {
        "currencyID" => " (the currency of the amount)",
        "unitCode" => " (the unit of measure)",
        "mimeCode" => " (the media type of the attachment)",
        _ => "",
    };

    private static string PurposeRo(string attribute) => attribute switch
    {
        "currencyID" => " (moneda sumei)",
        "unitCode" => " (unitatea de măsură)",
        "mimeCode" => " (tipul media al atașamentului)",
        _ => "",
    };

    private static string Describe(BuiltInType type) => type switch
    {
        BuiltInType.Decimal => "a decimal number (digits with an optional point, e.g. 1234.56; no comma, thousands separator or exponent)",
        BuiltInType.Date => "a calendar date written YYYY-MM-DD (e.g. 2026-11-20)",
        BuiltInType.Time => "a time written hh:mm:ss (e.g. 14:30:00)",
        BuiltInType.DateTime => "a date and time written YYYY-MM-DDThh:mm:ss",
        BuiltInType.Boolean => "true or false",
        BuiltInType.Base64Binary => "base64 text (A-Z, a-z, 0-9, + and /, padded with =)",
        BuiltInType.AnyUri => "a URI (a % only as an escape such as %20, one # at most, a scheme of letters, digits, + - . before a colon)",
        BuiltInType.Language => "a language code such as ro or en-GB",
        BuiltInType.Id => "an XML name (a letter or _ followed by letters, digits, '.', '-' or '_')",
        _ => "text",
    };

    private static string DescribeRo(BuiltInType type) => type switch
    {
        BuiltInType.Decimal => "un număr zecimal (cifre cu punct zecimal opțional, de ex. 1234.56; fără virgulă, separator de mii sau exponent)",
        BuiltInType.Date => "o dată calendaristică scrisă AAAA-LL-ZZ (de ex. 2026-11-20)",
        BuiltInType.Time => "o oră scrisă hh:mm:ss (de ex. 14:30:00)",
        BuiltInType.DateTime => "o dată și o oră scrise AAAA-LL-ZZThh:mm:ss",
        BuiltInType.Boolean => "true sau false",
        BuiltInType.Base64Binary => "text base64 (A-Z, a-z, 0-9, + și /, completat cu =)",
        BuiltInType.AnyUri => "un URI (% doar ca secvență de escape, de ex. %20, cel mult un #, o schemă din litere, cifre, + - . înainte de două puncte)",
        BuiltInType.Language => "un cod de limbă precum ro sau en-GB",
        BuiltInType.Id => "un nume XML (o literă sau _ urmate de litere, cifre, '.', '-' sau '_')",
        _ => "text",
    };

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
