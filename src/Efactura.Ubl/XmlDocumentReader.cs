using System.Globalization;
using System.Xml;
using Efactura.Core.Model;

namespace Efactura.Ubl;

/// <summary>
/// The forward-only navigation and the value parsing both document readers share (<see cref="UblDocumentReader"/>,
/// <see cref="Cii.CiiDocumentReader"/>): each aggregate method starts on its start tag, takes the children it knows in
/// any order, skips the others and ends after the end tag. Texts are trimmed; an empty optional text is absent.
/// </summary>
internal abstract class XmlDocumentReader(XmlReader xml)
{
    private readonly IXmlLineInfo _position = (IXmlLineInfo)xml;

    /// <summary>The reader, positioned on the element being read.</summary>
    protected XmlReader Xml { get; } = xml;

    /// <summary>The local name of a child in the syntax's namespaces; null (so: skipped) for any other namespace.</summary>
    protected abstract string? ChildName();

    // The first occurrence wins. The value is always read (unlike "field ??= Read()"), so that a repeated
    // element is consumed rather than met again and again.
    protected static void Keep<T>(ref T? field, T? value) where T : class => field ??= value;

    protected static void Keep<T>(ref T? field, T? value) where T : struct => field ??= value;

    // Navigation. FirstChild starts on a parent's start tag; both return true on a child element and false
    // after consuming the parent's end tag. Every child must be consumed by its handler (read or skipped).
    protected bool FirstChild()
    {
        if (Xml.IsEmptyElement)
        {
            Xml.Read();
            return false;
        }
        Xml.Read();
        return NextChild();
    }

    protected bool NextChild()
    {
        while (true)
        {
            switch (Xml.NodeType)
            {
                case XmlNodeType.Element: return true;
                case XmlNodeType.EndElement: Xml.Read(); return false;
                case XmlNodeType.None: throw Error("unexpected end of the document");
                default: Xml.Read(); break;
            }
        }
    }

    protected string? ReadChildText(string name)
    {
        string? value = null;
        for (var more = FirstChild(); more; more = NextChild())
        {
            if (ChildName() == name) Keep(ref value, OptionalText());
            else Xml.Skip();
        }
        return value;
    }

    protected static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "\n" + second;

    // Values. Texts are trimmed; an empty optional text is absent.
    protected string Text() => Xml.ReadElementContentAsString().Trim();

    protected string? OptionalText()
    {
        var text = Text();
        return text.Length == 0 ? null : text;
    }

    protected Identifier? IdentifierValue()
    {
        var scheme = Xml.GetAttribute("schemeID")?.Trim();
        var value = Text();
        return value.Length == 0 ? null : new Identifier(value, string.IsNullOrEmpty(scheme) ? null : scheme);
    }

    protected decimal Decimal()
    {
        var (line, column) = Position();
        var name = Xml.Name;
        var text = Text();
        // xs:decimal: an optional sign, digits and one decimal point; no exponent, no thousands separator.
        const NumberStyles style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (decimal.TryParse(text, style, CultureInfo.InvariantCulture, out var value)) return value;
        var reason = text.Length > 0 && IsDecimalSyntax(text) ? "is too large for a decimal" : "is not a decimal number";
        throw new UblReadException(line, column, $"{name} '{Shorten(text)}' {reason}");
    }

    private static bool IsDecimalSyntax(string text)
    {
        var digits = text.AsSpan().TrimStart("+-");
        return digits.Length > 0 && digits.IndexOfAnyExcept("0123456789.") < 0 && digits.Count('.') <= 1;
    }

    protected DateOnly Date()
    {
        var (line, column) = Position();
        var name = Xml.Name;
        var text = Text();
        // xs:date may carry a time zone ("2024-01-31Z", "2024-01-31+02:00"); the model keeps the calendar date.
        var date = text.Length >= 10 && IsTimeZone(text.AsSpan(10)) ? text.AsSpan(0, 10) : text.AsSpan();
        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
        throw new UblReadException(line, column, $"{name} '{Shorten(text)}' is not a date (YYYY-MM-DD)");
    }

    private static bool IsTimeZone(ReadOnlySpan<char> zone) =>
        zone.IsEmpty || zone is "Z" || (zone.Length == 6 && zone[0] is '+' or '-' && zone[3] == ':'
            && TimeOnly.TryParseExact(zone[1..], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

    protected bool Indicator()
    {
        var (line, column) = Position();
        var name = Xml.Name;
        var text = Text();
        return text switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw new UblReadException(line, column, $"{name} '{Shorten(text)}' is not an indicator (true or false)"),
        };
    }

    protected static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    protected (int Line, int Column) Position() => (_position.LineNumber, _position.LinePosition);

    protected UblReadException Error(string reason)
    {
        var (line, column) = Position();
        return new UblReadException(Math.Max(line, 1), Math.Max(column, 1), reason);
    }
}
