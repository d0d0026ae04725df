namespace Efactura.Validation.Structure;

/// <summary>The XML Schema built-in types UBL 2.1 (and the signature modules it imports) give to values.</summary>
internal enum BuiltInType
{
    String,
    NormalizedString,
    Decimal,
    Date,
    Time,
    DateTime,
    Boolean,
    Base64Binary,
    AnyUri,
    Language,
    Id,
}

/// <summary>Names of the built-in types as XML Schema (and the JDK's messages) spell them.</summary>
internal static class BuiltInTypeNames
{
    public static BuiltInType Parse(string name) => name switch
    {
        "string" => BuiltInType.String,
        "normalizedString" => BuiltInType.NormalizedString,
        "decimal" => BuiltInType.Decimal,
        "date" => BuiltInType.Date,
        "time" => BuiltInType.Time,
        "dateTime" => BuiltInType.DateTime,
        "boolean" => BuiltInType.Boolean,
        "base64Binary" => BuiltInType.Base64Binary,
        "anyURI" => BuiltInType.AnyUri,
        "language" => BuiltInType.Language,
        "ID" => BuiltInType.Id,
        _ => throw new FormatException($"built-in type {name} is not supported"),
    };

    public static string XsdName(this BuiltInType type) => type switch
    {
        BuiltInType.String => "string",
        BuiltInType.NormalizedString => "normalizedString",
        BuiltInType.Decimal => "decimal",
        BuiltInType.Date => "date",
        BuiltInType.Time => "time",
        BuiltInType.DateTime => "dateTime",
        BuiltInType.Boolean => "boolean",
        BuiltInType.Base64Binary => "base64Binary",
        BuiltInType.AnyUri => "anyURI",
        BuiltInType.Language => "language",
        BuiltInType.Id => "ID",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
