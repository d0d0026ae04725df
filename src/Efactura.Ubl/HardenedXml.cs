using System.Text;
using System.Xml;

namespace Efactura.Ubl;

/// <summary>
/// The one hardened way this library parses an invoice document, UBL or CII: DTDs are refused (so no entity
/// expansion and no external entities), nothing is resolved, comments and processing instructions are dropped, and
/// the size limit of <see cref="UblReaderOptions.MaxDocumentBytes"/> is enforced while reading (bytes of a stream that
/// does not know its length, characters of the document, attributes included). Every parser error becomes a
/// <see cref="UblReadException"/> with its line and column.
/// </summary>
internal sealed class HardenedXml(UblReaderOptions options)
{
    /// <summary>Parses a document from a stream (left open) and reads it with <paramref name="read"/>.</summary>
    public T Read<T>(Stream input, Func<XmlReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(input);
        var limit = options.MaxDocumentBytes;
        if (input.CanSeek && input.Length - input.Position > limit) throw TooLarge(1, 1);
        var limited = new SizeLimitedStream(input, limit);
        using var xml = XmlReader.Create(limited, Settings());
        return Read(xml, read, () => Decode(limited.Head));
    }

    /// <summary>Parses a document from its text and reads it with <paramref name="read"/>.</summary>
    public T Read<T>(string xml, Func<XmlReader, T> read)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Length > options.MaxDocumentBytes || Encoding.UTF8.GetByteCount(xml) > options.MaxDocumentBytes)
            throw TooLarge(1, 1);
        var text = new StringReader(xml);
        // Text decoded with Encoding.GetString keeps a byte order mark, which XML does not allow before the declaration.
        if (xml.StartsWith('\uFEFF')) text.Read();
        using var reader = XmlReader.Create(text, Settings());
        return Read(reader, read, () => xml);
    }

    private T Read<T>(XmlReader xml, Func<XmlReader, T> read, Func<string> head)
    {
        try
        {
            return read(xml);
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
        MaxCharactersInDocument = options.MaxDocumentBytes,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    private UblReadException TooLarge(int line, int column) =>
        new(line, column, $"the document is larger than the limit of {options.MaxDocumentBytes} bytes (UblReaderOptions.MaxDocumentBytes)");

    // XmlException appends " Line n, position m." to its message; the position is already in ours.
    private static string WithoutPosition(XmlException e)
    {
        var suffix = $" Line {e.LineNumber}, position {e.LinePosition}.";
        return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }
}
