using System.Text;
using System.Xml;

namespace Efactura.Validation.Xml;

/// <summary>
/// Reads a document into an <see cref="UblDocument"/>: finds its encoding (a byte order mark, else the XML
/// declaration, else UTF-8, as XML 1.0 appendix F says), brings it to UTF-8 when it is in another one, and hands the
/// bytes to <see cref="DocumentScanner"/>, the hardened forward scan that builds the tree.
/// </summary>
internal static class DocumentParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the stream to its end (a document larger than the limit is refused before it is all read).</summary>
    public static UblDocument Parse(Stream stream, long maxCharacters, DocumentBuilder? builder = null)
    {
        // A UTF-16 character takes at most three bytes in UTF-8 (or in UTF-16), so more than 3 × max bytes is too large.
        var byteLimit = (int)Math.Min(Array.MaxLength - 1, 3 * Math.Min(maxCharacters, Array.MaxLength) + 4);
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > byteLimit) throw TooLarge(maxCharacters);
            var bytes = new byte[remaining];
            stream.ReadExactly(bytes);
            return Parse(bytes, maxCharacters, builder);
        }
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > byteLimit) throw TooLarge(maxCharacters);
        }
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), maxCharacters, builder);
    }

    private static DocumentLimitException TooLarge(long maxCharacters) =>
        new($"The document has more than {maxCharacters} characters (MaxCharactersInDocument).", 0, 0);

    /// <summary>Reads a document given as bytes in the encoding it declares (UTF-8 by default).</summary>
    public static UblDocument Parse(ReadOnlySpan<byte> bytes, long maxCharacters, DocumentBuilder? builder = null)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return DocumentScanner.Scan(bytes, 3, maxCharacters, builder);
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) return FromText(Encoding.GetEncoding(bytes[0] == 0xFF ? "utf-16LE" : "utf-16BE"), bytes[2..], maxCharacters, builder);
        if (bytes is [0x3C, 0x00, 0x3F, 0x00, ..]) return FromText(Encoding.Unicode, bytes, maxCharacters, builder);
        if (bytes is [0x00, 0x3C, 0x00, 0x3F, ..]) return FromText(Encoding.BigEndianUnicode, bytes, maxCharacters, builder);
        var declared = DeclaredEncoding(bytes);
        if (declared is null || IsUtf8(declared)) return DocumentScanner.Scan(bytes, 0, maxCharacters, builder);
        if (declared.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase) || declared.StartsWith("utf-32", StringComparison.OrdinalIgnoreCase) || declared.Equals("unicode", StringComparison.OrdinalIgnoreCase))
            throw new XmlException("There is no Unicode byte order mark. Cannot switch to Unicode.", null, 1, 1);
        Encoding encoding;
        try
        {
            encoding = Encoding.GetEncoding(declared);
        }
        catch (ArgumentException)
        {
            throw new XmlException($"System does not support '{declared}' encoding.", null, 1, 1);
        }
        return FromText(encoding, bytes, maxCharacters, builder);
    }

    /// <summary>Reads a document given as text (any encoding its declaration names is not applied: the text is already decoded).</summary>
    public static UblDocument Parse(string text, long maxCharacters, DocumentBuilder? builder = null)
    {
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        if (text.Length - start > maxCharacters) throw TooLarge(maxCharacters);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(text, start, text.Length - start);
        }
        catch (EncoderFallbackException e)
        {
            throw new XmlException("Invalid surrogate character in the document: " + e.Message, null, 1, 1);
        }
        return DocumentScanner.Scan(utf8, 0, maxCharacters, builder);
    }

    private static UblDocument FromText(Encoding encoding, ReadOnlySpan<byte> bytes, long maxCharacters, DocumentBuilder? builder)
    {
        string text;
        try
        {
            text = Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new XmlException("Invalid character in the given encoding.", null, 1, 1);
        }
        return Parse(text, maxCharacters, builder);
    }

    private static bool IsUtf8(string name) => name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    /// <summary>The encoding named by the XML declaration at the start of ASCII-compatible bytes, or null.</summary>
    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("<?xml"u8)) return null;
        var end = bytes.IndexOf("?>"u8);
        if (end < 0) return null;
        var declaration = bytes[..end];
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0) return null;
        var rest = declaration[(at + 8)..].TrimStart(" \t\r\n"u8);
        if (rest is not [(byte)'=', ..]) return null;
        rest = rest[1..].TrimStart(" \t\r\n"u8);
        if (rest is not [(byte)'"' or (byte)'\'', ..]) return null;
        var close = rest[1..].IndexOf(rest[0]);
        return close < 0 ? null : Encoding.ASCII.GetString(rest.Slice(1, close));
    }
}
