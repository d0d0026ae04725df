using System.Buffers;
using System.Text;
using System.Xml;

namespace Efactura.Validation.Xml;

/// <summary>The character classes of XML 1.0 (fifth edition) the scanner needs, over UTF-8 bytes.</summary>
internal static class XmlCharacters
{
    /// <summary>The ASCII bytes a name may continue with, without the colon (namespaces give it its own meaning).</summary>
    public static readonly SearchValues<byte> AsciiNameBytes =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._"u8);

    /// <summary>S: space, tab, CR, LF.</summary>
    public static readonly SearchValues<byte> Space = SearchValues.Create(" \t\r\n"u8);

    /// <summary>Control characters XML 1.0 does not allow anywhere (Char, production 2).</summary>
    public static readonly SearchValues<byte> ForbiddenControls = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    /// <summary>Bytes after which text needs more than a plain decode: references, CR (line ends), ']' (the "]]&gt;" check).</summary>
    public static readonly SearchValues<byte> TextSpecials = SearchValues.Create("&\r]"u8);

    /// <summary>Bytes after which an attribute value needs more than a plain decode: references, '&lt;', and white space to normalize.</summary>
    public static readonly SearchValues<byte> AttributeSpecials = SearchValues.Create("&<\t\r\n"u8);

    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    /// <summary>
    /// NameStartChar without ':'. Outside ASCII the classes are .NET's (<see cref="XmlConvert.IsStartNCNameChar"/>, the
    /// fourth edition's letters), so the scanner accepts exactly the names <see cref="XmlReader"/> accepts.
    /// </summary>
    public static bool IsNameStart(int c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' || c is >= 0x80 and < 0x10000 && XmlConvert.IsStartNCNameChar((char)c);

    /// <summary>NameChar without ':', with .NET's classes outside ASCII (<see cref="XmlConvert.IsNCNameChar"/>).</summary>
    public static bool IsNameChar(int c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '-' or '.' || c is >= 0x80 and < 0x10000 && XmlConvert.IsNCNameChar((char)c);

    /// <summary>Char (production 2): what a character reference may produce.</summary>
    public static bool IsChar(int c) =>
        c is 0x9 or 0xA or 0xD or >= 0x20 and <= 0xD7FF or >= 0xE000 and <= 0xFFFD or >= 0x10000 and <= 0x10FFFF;

    /// <summary>The code point at <paramref name="index"/> of valid UTF-8 and its length in bytes.</summary>
    public static int CodePoint(ReadOnlySpan<byte> input, int index, out int length)
    {
        Rune.DecodeFromUtf8(input[index..], out var rune, out length);
        return rune.Value;
    }
}
