using System.Text;
using System.Xml;
using Efactura.Core.Model;

namespace Efactura.Ubl;

/// <summary>
/// Reads any UBL 2.1 Invoice or CreditNote into an <see cref="Invoice"/>, every EN 16931 business term at its
/// UBL syntax binding, other producers' quirks included (any order of elements, comments, extensions, unknown
/// elements, which are skipped).
/// </summary>
/// <remarks>
/// <para>Hardened: DTDs are refused (so no entity expansion and no external entities), nothing is resolved,
/// and the size limit of <see cref="UblReaderOptions.MaxDocumentBytes"/> is enforced while reading.</para>
/// <para>Tolerant where the XSD allows absence, so a document breaking business rules can still be read and
/// validated: a missing required text (invoice number, party name, country, line id, unit, item name,
/// currency, type code, customization id) reads as "", a missing required amount or quantity as 0, a missing
/// party or address as one with empty values, a missing issue date as <see cref="DateOnly.MinValue"/>.
/// Values are trimmed and an empty optional value reads as absent (null). <see cref="UblWriter"/> omits the same
/// empty values, so read → write → read gives the same model.</para>
/// <para>Where a business term occurs once but UBL allows repetition, the first occurrence is taken, except
/// for texts (payment terms, line note, item description), whose occurrences are joined with "\n".</para>
/// </remarks>
public sealed class UblReader
{
    /// <summary>Creates a reader with the given limits, or the defaults.</summary>
    /// <param name="options">The limits; null for <see cref="UblReaderOptions"/> defaults.</param>
    public UblReader(UblReaderOptions? options = null)
    {
        Options = options ?? new UblReaderOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.MaxDocumentBytes, nameof(options));
    }

    /// <summary>The limits this reader applies.</summary>
    public UblReaderOptions Options { get; }

    /// <summary>Reads a UBL 2.1 Invoice or CreditNote from a stream; the stream is left open.</summary>
    /// <param name="input">The document, in the encoding its XML declaration names (UTF-8 by default).</param>
    /// <returns>The document as a model.</returns>
    /// <exception cref="UblReadException">The document cannot be read; the message says what and where.</exception>
    public Invoice Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var limit = Options.MaxDocumentBytes;
        if (input.CanSeek && input.Length - input.Position > limit) throw TooLarge(1, 1);
        var limited = new SizeLimitedStream(input, limit);
        using var xml = XmlReader.Create(limited, Settings());
        return Read(xml, () => Decode(limited.Head));
    }

    /// <summary>Reads a UBL 2.1 Invoice or CreditNote from its text.</summary>
    /// <param name="xml">The document.</param>
    /// <returns>The document as a model.</returns>
    /// <exception cref="UblReadException">The document cannot be read; the message says what and where.</exception>
    public Invoice Read(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > Options.MaxDocumentBytes || Encoding.UTF8.GetByteCount(xml) > Options.MaxDocumentBytes)
            throw TooLarge(1, 1);
        var text = new StringReader(xml);
        // Text decoded with Encoding.GetString keeps a byte order mark, which XML does not allow before the declaration.
        if (xml.StartsWith('\uFEFF')) text.Read();
        using var reader = XmlReader.Create(text, Settings());
        return Read(reader, () => xml);
    }

    private Invoice Read(XmlReader xml, Func<string> head)
    {
        try
        {
            return new UblDocumentReader(xml).ReadDocument();
        }
        catch (DocumentTooLargeException)
        {
            var (line, column) = Position(xml, null);
            throw TooLarge(line, column);
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal))
        {
            var (line, column) = Position(xml, e);
            throw TooLarge(line, column);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            var (line, column) = DoctypePosition(head()) ?? Position(xml, e);
            throw new UblReadException(line, column, "DTDs are not allowed in e-invoices (no DOCTYPE, no entities)", e);
        }
        catch (XmlException e)
        {
            var (line, column) = Position(xml, e);
            throw new UblReadException(line, column, "not well-formed XML: " + WithoutPosition(e), e);
        }
    }

    // The parser's position of the error when it gives one (some errors, e.g. a prohibited DTD, come without),
    // else where the reader stands; at least line 1, column 1.
    private static (int Line, int Column) Position(XmlReader xml, XmlException? error)
    {
        var position = (IXmlLineInfo)xml;
        var (line, column) = error is { LineNumber: > 0 } ? (error.LineNumber, error.LinePosition) : (position.LineNumber, position.LinePosition);
        return (Math.Max(line, 1), Math.Max(column, 1));
    }

    private static string Decode(ReadOnlySpan<byte> head)
    {
        using var text = new StreamReader(new MemoryStream(head.ToArray()), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return text.ReadToEnd();
    }

    // Where "<!DOCTYPE" starts, 1-based, when it is in the text.
    private static (int Line, int Column)? DoctypePosition(string head)
    {
        var index = head.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (index < 0) return null;
        var before = head.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, index - lineStart + 1);
    }

    private XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = Options.MaxDocumentBytes,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    private UblReadException TooLarge(int line, int column) =>
        new(line, column, $"the document is larger than the limit of {Options.MaxDocumentBytes} bytes (UblReaderOptions.MaxDocumentBytes)");

    // XmlException appends " Line n, position m." to its message; the position is already in ours.
    private static string WithoutPosition(XmlException e)
    {
        var suffix = $" Line {e.LineNumber}, position {e.LinePosition}.";
        return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }
}
