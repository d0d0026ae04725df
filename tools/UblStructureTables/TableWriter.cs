using System.Text;
using System.Xml;
using System.Xml.Schema;

namespace UblStructureTables;

/// <summary>
/// Describes every global element of the compiled schema set: its type as a value (simple content: the XSD
/// built-in type and the attributes), as a flat sequence of child elements with their occurrences, or as
/// open (a content model this table does not describe).
/// </summary>
internal sealed class TableWriter(XmlSchemaSet schemas)
{
    private const string XsdNamespace = "http://www.w3.org/2001/XMLSchema";
    private readonly SortedDictionary<string, string> types = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> elements = new(StringComparer.Ordinal);

    public string Summary => $"{elements.Count} elements, {types.Count} types ({types.Values.Count(t => t.StartsWith("open ", StringComparison.Ordinal))} open)";

    public void Write(StringBuilder text)
    {
        foreach (XmlSchemaElement element in schemas.GlobalElements.Values)
        {
            var name = Prefixes.Name(element.QualifiedName);
            elements[name] = Describe(element.ElementSchemaType!, name);
        }
        foreach (var (prefix, uri) in Prefixes.All) text.Append($"namespace {prefix} {uri}\n");
        foreach (var line in types.Values.OrderBy(Kind).ThenBy(l => l, StringComparer.Ordinal)) text.Append(line).Append('\n');
        foreach (var (name, type) in elements) text.Append($"element {name} {type}\n");
    }

    private static int Kind(string line) => line.StartsWith("value ", StringComparison.Ordinal) ? 0 : line.StartsWith("simple ", StringComparison.Ordinal) ? 1 : line.StartsWith("complex ", StringComparison.Ordinal) ? 2 : 3;

    /// <summary>Records the type (once) and returns its name.</summary>
    private string Describe(XmlSchemaType type, string elementName)
    {
        var name = TypeName(type, elementName);
        var line = type switch
        {
            XmlSchemaSimpleType simple => HasFacets(simple) ? $"open {name}" : $"simple {name} {BuiltIn(simple)}",
            XmlSchemaComplexType { ContentType: XmlSchemaContentType.TextOnly } complex => Value(complex, name),
            XmlSchemaComplexType { ContentType: XmlSchemaContentType.ElementOnly or XmlSchemaContentType.Empty } complex => Complex(complex, name),
            _ => $"open {name}",
        };
        if (types.TryGetValue(name, out var known) && known != line) throw new InvalidOperationException($"type {name} described twice:\n{known}\n{line}");
        types[name] = line;
        return name;
    }

    /// <summary>
    /// A value type is named after the unqualified data type it derives from (udt:AmountType), so the thousand
    /// cbc types that only rename one of them share a line; other types keep their own name.
    /// </summary>
    private static string TypeName(XmlSchemaType type, string elementName)
    {
        if (type is XmlSchemaComplexType { ContentType: XmlSchemaContentType.TextOnly })
        {
            for (var t = type; t is not null; t = t.BaseXmlSchemaType)
            {
                if (t.QualifiedName.Namespace == Prefixes.All.First(p => p.Prefix == "udt").Uri) return Prefixes.Name(t.QualifiedName);
            }
        }
        return type.QualifiedName.IsEmpty ? $"{elementName}#type" : Prefixes.Name(type.QualifiedName);
    }

    private string Value(XmlSchemaComplexType complex, string name)
    {
        if (HasFacets(complex) || complex.AttributeWildcard is not null) return $"open {name}";
        return $"value {name} {BuiltIn(complex.Datatype!)}{Attributes(complex)}";
    }

    private string Complex(XmlSchemaComplexType complex, string name)
    {
        if (complex.AttributeWildcard is not null) return $"open {name}";
        var particles = complex.ContentType == XmlSchemaContentType.Empty ? [] : Particles(complex.ContentTypeParticle);
        if (particles is null) return $"open {name}";
        var attributes = Attributes(complex);
        return $"complex {name}{attributes}{(particles.Count == 0 ? "" : " |")}{string.Concat(particles.Select(p => " " + p))}";
    }

    /// <summary>The particles of a flat sequence, or null when the content model is anything else.</summary>
    private List<string>? Particles(XmlSchemaParticle particle)
    {
        if (particle is XmlSchemaSequence { Items.Count: 0 }) return [];
        if (particle is XmlSchemaElement or XmlSchemaAny) return Particle(particle) is { } one ? [one] : null;
        if (particle is not XmlSchemaSequence sequence || sequence.MinOccurs != 1 || sequence.MaxOccurs != 1) return null;
        var list = new List<string>();
        foreach (XmlSchemaObject item in sequence.Items)
        {
            if (item is not XmlSchemaParticle child || Particle(child) is not { } token) return null;
            list.Add(token);
        }
        return list;
    }

    private string? Particle(XmlSchemaParticle particle)
    {
        var occurs = Occurrence(particle.MinOccurs, particle.MaxOccurs);
        switch (particle)
        {
            case XmlSchemaElement element:
                // A local declaration is only described through its global twin; anything else is open.
                if (schemas.GlobalElements[element.QualifiedName] is not XmlSchemaElement global || global.ElementSchemaType != element.ElementSchemaType) return null;
                return Prefixes.Name(element.QualifiedName) + occurs;
            case XmlSchemaAny any:
                var target = Prefixes.Of(TargetNamespace(any));
                return $"any{{{any.Namespace ?? "##any"},{target},{any.ProcessContents.ToString().ToLowerInvariant()}}}{occurs}";
            default:
                return null;
        }
    }

    private static string TargetNamespace(XmlSchemaObject item)
    {
        for (var o = item; o is not null; o = o.Parent)
        {
            if (o is XmlSchema schema) return schema.TargetNamespace ?? "";
        }
        throw new InvalidOperationException("wildcard outside a schema");
    }

    private static string Occurrence(decimal min, decimal max) => (min, max) switch
    {
        (1, 1) => "",
        (0, 1) => "?",
        (0, decimal.MaxValue) => "*",
        (1, decimal.MaxValue) => "+",
        _ => $"{{{min},{(max == decimal.MaxValue ? "n" : max.ToString(System.Globalization.CultureInfo.InvariantCulture))}}}",
    };

    private static string Attributes(XmlSchemaComplexType complex)
    {
        var text = new StringBuilder();
        foreach (XmlSchemaAttribute attribute in complex.AttributeUses.Values)
        {
            if (attribute.AttributeSchemaType is not { } type || HasFacets(type)) throw new InvalidOperationException($"attribute {attribute.QualifiedName} has a restricted type");
            text.Append($" {Prefixes.Name(attribute.QualifiedName)}:{BuiltIn(type)}{(attribute.Use == XmlSchemaUse.Required ? "!" : "")}");
        }
        return text.ToString();
    }

    private static string BuiltIn(XmlSchemaSimpleType type)
    {
        for (XmlSchemaType? t = type; t is not null; t = t.BaseXmlSchemaType)
        {
            if (t.QualifiedName.Namespace == XsdNamespace) return t.QualifiedName.Name;
        }
        throw new InvalidOperationException($"no built-in base for {type.QualifiedName}");
    }

    private static string BuiltIn(XmlSchemaDatatype datatype) => BuiltIn(XmlSchemaType.GetBuiltInSimpleType(datatype.TypeCode)!);

    /// <summary>Whether any type on the derivation chain up to the XSD built-ins restricts its value with facets.</summary>
    private static bool HasFacets(XmlSchemaType type)
    {
        for (XmlSchemaType? t = type; t is not null && t.QualifiedName.Namespace != XsdNamespace; t = t.BaseXmlSchemaType)
        {
            switch (t)
            {
                case XmlSchemaSimpleType { Content: XmlSchemaSimpleTypeRestriction { Facets.Count: > 0 } }:
                case XmlSchemaSimpleType { Content: XmlSchemaSimpleTypeList or XmlSchemaSimpleTypeUnion }:
                case XmlSchemaComplexType { ContentModel.Content: XmlSchemaSimpleContentRestriction { Facets.Count: > 0 } }:
                    return true;
            }
        }
        return false;
    }
}
