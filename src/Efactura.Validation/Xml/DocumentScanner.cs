using System.Text;
using System.Xml;

namespace Efactura.Validation.Xml;

/// <summary>
/// One forward scan of a UTF-8 document into the element tree, hardened: no document type declaration (refused, so
/// no entity can be declared), only the five predefined entities and character references, a nesting limit, and the
/// whole input checked for valid UTF-8 and XML characters before it is read. Well-formedness and namespaces are
/// checked as <see cref="XmlReader"/> checks them, and errors carry its line and column. Comments and processing
/// instructions are dropped; text is kept as written, after the XML line-end and attribute-value normalization.
/// </summary>
internal ref struct DocumentScanner
{
    /// <summary>Deeper nesting is refused: UBL needs about fifteen levels with a signature, and the checks recurse.</summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// More attributes in one start tag are refused: the most in the corpus is 8 (the root's namespace declarations), a
    /// UBL element carries at most three; 64 leaves room for a producer that declares every namespace it knows.
    /// </summary>
    public const int MaxAttributes = 64;

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly ReadOnlySpan<byte> input;
    private readonly int origin;
    private readonly DocumentBuilder builder;
    private int pos;

    private DocumentScanner(ReadOnlySpan<byte> input, int origin, DocumentBuilder builder)
    {
        this.input = input;
        this.origin = origin;
        pos = origin;
        this.builder = builder;
        builder.Reset();
    }

    /// <summary>
    /// Reads a UTF-8 document (after any byte order mark, at <paramref name="origin"/>) of at most <paramref name="maxCharacters"/>
    /// UTF-16 characters, with a builder of its own or one reused from earlier documents.
    /// </summary>
    public static UblDocument Scan(ReadOnlySpan<byte> input, int origin, long maxCharacters, DocumentBuilder? builder = null)
    {
        var scanner = new DocumentScanner(input, origin, builder ?? new DocumentBuilder());
        scanner.CheckCharacters(maxCharacters);
        return scanner.Document();
    }

    /// <summary>The size limit, valid UTF-8, and no character XML forbids, before anything is read.</summary>
    private void CheckCharacters(long maxCharacters)
    {
        var body = input[origin..];
        if (body.Length > maxCharacters && LineIndex.Utf16Length(body) > maxCharacters)
            throw Limit($"The document has more than {maxCharacters} characters (MaxCharactersInDocument).", origin + CharactersUpTo(body, maxCharacters));
        if (!System.Text.Unicode.Utf8.IsValid(body)) throw Error("Invalid character in the given encoding.", origin + FirstInvalidUtf8(body));
        var control = body.IndexOfAny(XmlCharacters.ForbiddenControls);
        if (control >= 0) throw Error($"'\\u{body[control]:x4}', hexadecimal value 0x{body[control]:X2}, is an invalid character.", origin + control);
        var nonCharacter = Math.Max(body.IndexOf("\uFFFE"u8), body.IndexOf("\uFFFF"u8));
        if (nonCharacter >= 0) throw Error("'\\uFFFE' and '\\uFFFF' are invalid characters.", origin + nonCharacter);
        builder.Lines.Reset(input, origin);
    }

    private static int CharactersUpTo(ReadOnlySpan<byte> body, long characters)
    {
        var count = 0L;
        for (var i = 0; i < body.Length; i++)
        {
            if ((body[i] & 0xC0) != 0x80) count += body[i] >= 0xF0 ? 2 : 1;
            if (count > characters) return i;
        }
        return body.Length;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> body)
    {
        var i = 0;
        while (i < body.Length && Rune.DecodeFromUtf8(body[i..], out _, out var length) == System.Buffers.OperationStatus.Done) i += length;
        return i;
    }

    private UblDocument Document()
    {
        XmlDeclaration();
        Prolog();
        Element();
        Epilog();
        return builder.Build();
    }

    /// <summary><c>&lt;?xml version="1.0" encoding="..." standalone="..."?&gt;</c>, only at the very start.</summary>
    private void XmlDeclaration()
    {
        if (!At("<?xml"u8) || pos + 5 >= input.Length || !XmlCharacters.IsSpace(input[pos + 5])) return;
        pos += 5;
        var version = Pseudo("version"u8, required: true);
        if (version != "1.0") throw Error($"Version number '{version}' is invalid.", pos - 1 - Encoding.UTF8.GetByteCount(version!));
        Pseudo("encoding"u8, required: false);
        var standalone = Pseudo("standalone"u8, required: false);
        if (standalone is not null and not "yes" and not "no") throw Error("Syntax for an XML declaration is invalid.", pos);
        SkipSpace();
        if (!At("?>"u8)) throw Error("Syntax for an XML declaration is invalid.", pos);
        pos += 2;
    }

    /// <summary>One pseudo-attribute of the declaration: white space, the name, '=', a quoted value; null when absent.</summary>
    private string? Pseudo(ReadOnlySpan<byte> name, bool required)
    {
        var start = pos;
        SkipSpace();
        if (!At(name) || pos == start)
        {
            if (required) throw Error("Syntax for an XML declaration is invalid.", pos);
            pos = start;
            return null;
        }
        pos += name.Length;
        SkipSpace();
        Expect((byte)'=');
        SkipSpace();
        var quote = Current;
        if (quote is not ((byte)'"' or (byte)'\'')) throw Error("Syntax for an XML declaration is invalid.", pos);
        var end = input[(pos + 1)..].IndexOf(quote);
        if (end < 0) throw EndOfFile();
        var value = Encoding.UTF8.GetString(input.Slice(pos + 1, end));
        pos += end + 2;
        return value;
    }

    /// <summary>Comments, processing instructions and white space before the root; a document type declaration is refused.</summary>
    private void Prolog()
    {
        while (true)
        {
            SkipSpace();
            if (pos >= input.Length) throw new XmlException("Root element is missing.");
            if (Current != '<') throw Error("Data at the root level is invalid.", pos);
            if (At("<!DOCTYPE"u8)) throw new XmlException("For security reasons DTD is prohibited in this XML document.");
            if (!Misc()) return;
        }
    }

    private void Epilog()
    {
        while (true)
        {
            SkipSpace();
            if (pos >= input.Length) return;
            if (Current != '<') throw Error("Data at the root level is invalid.", pos);
            if (!Misc()) throw Error("There are multiple root elements.", pos + 1);
        }
    }

    /// <summary>A comment or processing instruction at <c>&lt;</c> (true), or nothing (false: markup of another kind).</summary>
    private bool Misc()
    {
        if (At("<!--"u8)) Comment();
        else if (At("<?"u8)) ProcessingInstruction();
        else if (At("<!"u8)) throw Error("Unexpected markup outside the root element.", pos + 1);
        else return false;
        return true;
    }

    private void Comment()
    {
        var close = input[(pos + 4)..].IndexOf("--"u8);
        if (close < 0) throw EndOfFile();
        var at = pos + 4 + close;
        if (at + 2 >= input.Length) throw EndOfFile();
        if (input[at + 2] != '>') throw Error("An XML comment cannot contain '--', and '-' cannot be the last character.", at);
        pos = at + 3;
    }

    private void ProcessingInstruction()
    {
        pos += 2;
        var start = pos;
        var end = NameEnd(out var colon);
        if (colon >= 0) throw Error("':' is not allowed in the name of a processing instruction.", colon);
        if (end - start == 3 && Ascii.EqualsIgnoreCase(input.Slice(start, 3), "xml"u8))
            throw Error("Unexpected XML declaration. The XML declaration must be the first node in the document, and no white space characters are allowed to appear before it.", start);
        pos = end;
        if (!At("?>"u8) && !XmlCharacters.IsSpace(Current)) throw Error("Processing instruction name and data must be separated by white space.", pos);
        var close = input[pos..].IndexOf("?>"u8);
        if (close < 0) throw EndOfFile();
        pos += close + 2;
    }

    /// <summary>The root element and everything inside it, with an explicit stack of open elements.</summary>
    private void Element()
    {
        if (StartTag()) return;
        while (builder.Depth > 0)
        {
            var next = input[pos..].IndexOf((byte)'<');
            if (next < 0)
            {
                Text(pos, input.Length);
                throw Error($"Unexpected end of file has occurred. The following elements are not closed: {builder.Innermost.QualifiedName}.", input.Length);
            }
            if (next > 0) Text(pos, pos + next);
            pos += next;
            if (At("</"u8)) EndTag();
            else if (At("<!--"u8)) Comment();
            else if (At("<![CDATA["u8)) CData();
            else if (At("<!"u8)) throw Error("Unexpected markup in element content.", pos + 1);
            else if (At("<?"u8)) ProcessingInstruction();
            else StartTag();
        }
    }

    /// <summary>A start tag at <c>&lt;</c>; true for an empty-element tag (the element is complete).</summary>
    private bool StartTag()
    {
        var nameStart = ++pos;
        var nameEnd = NameEnd(out var colon);
        var name = builder.Parts(input[nameStart..nameEnd], colon < 0 ? -1 : colon - nameStart);
        pos = nameEnd;
        var attributes = builder.RawAttributes;
        attributes.Clear();
        while (true)
        {
            var spaced = SkipSpace();
            if (pos >= input.Length) throw EndOfFile();
            if (Current == '>')
            {
                pos++;
                Open(name, nameStart, nameEnd);
                return false;
            }
            if (At("/>"u8))
            {
                pos += 2;
                Open(name, nameStart, nameEnd);
                builder.Close(input);
                return builder.Depth == 0;
            }
            if (!spaced) throw Error($"'{(char)Current}' is an unexpected token. Expecting white space.", pos);
            if (attributes.Count == MaxAttributes) throw Limit($"An element has more than {MaxAttributes} attributes.", pos);
            attributes.Add(Attribute());
        }
    }

    private void Open(NameParts name, int nameStart, int nameEnd)
    {
        if (builder.Depth >= MaxDepth) throw Limit($"Elements are nested deeper than {MaxDepth} levels.", nameStart);
        var raw = builder.RawAttributes;
        var mark = builder.DeclareNamespaces(out var duplicate);
        if (duplicate >= 0) throw Error($"'{raw[duplicate].Name.Qualified}' is a duplicate attribute name.", raw[duplicate].Offset);
        var uri = Resolve(name, nameStart, element: true);
        builder.Open(name, uri, mark, nameStart, nameEnd - nameStart);
        if (raw.Count == 0) return;
        builder.ResolveAttributes(out var unresolved, out duplicate);
        if (unresolved >= 0) Resolve(raw[unresolved].Name, raw[unresolved].Offset, element: false);
        if (duplicate >= 0) throw Error($"'{raw[duplicate].Name.Qualified}' is a duplicate attribute name.", raw[duplicate].Offset);
    }

    /// <summary>The namespace URI of a name in scope, refusing an undeclared prefix as the reader does.</summary>
    private string Resolve(NameParts name, int offset, bool element)
    {
        if (name.Prefix.Length == 0) return element ? builder.Namespace(string.Empty) ?? string.Empty : string.Empty;
        if (name.Prefix == "xml") return XmlNamespace;
        if (name.Prefix == "xmlns")
        {
            if (element) throw Error("The prefix 'xmlns' is reserved for namespace declarations.", offset);
            return XmlnsNamespace;
        }
        return builder.Namespace(name.Prefix) ?? throw Error($"'{name.Prefix}' is an undeclared prefix.", offset);
    }

    private RawAttribute Attribute()
    {
        var nameStart = pos;
        var nameEnd = NameEnd(out var colon);
        var name = builder.Parts(input[nameStart..nameEnd], colon < 0 ? -1 : colon - nameStart);
        pos = nameEnd;
        SkipSpace();
        Expect((byte)'=');
        SkipSpace();
        if (pos >= input.Length) throw EndOfFile();
        var quote = Current;
        if (quote is not ((byte)'"' or (byte)'\'')) throw Error($"'{(char)quote}' is an unexpected token. The expected token is '\"' or '''.", pos);
        var start = pos + 1;
        var length = input[start..].IndexOf(quote);
        if (length < 0) throw EndOfFile();
        var value = AttributeValue(start, start + length);
        pos = start + length + 1;
        if (name.Prefix == "xmlns" && value.Length == 0) throw Error("Invalid namespace declaration.", start - 1);
        return new RawAttribute(name, value, nameStart);
    }

    private string AttributeValue(int start, int end)
    {
        var value = input[start..end];
        if (value.IndexOfAny(XmlCharacters.AttributeSpecials) < 0) return builder.Intern(value);
        var text = builder.Buffer;
        text.Clear();
        var run = start;
        var i = start;
        while (i < end)
        {
            switch (input[i])
            {
                case (byte)'<':
                    throw Error("'<', hexadecimal value 0x3C, is an invalid attribute character.", i);
                case (byte)'&':
                    text.AppendUtf8(input[run..i]);
                    i = Reference(i, text);
                    run = i;
                    break;
                case (byte)'\r' or (byte)'\n' or (byte)'\t':
                    text.AppendUtf8(input[run..i]);
                    text.Append(' ');
                    i += input[i] == '\r' && i + 1 < end && input[i + 1] == '\n' ? 2 : 1;
                    run = i;
                    break;
                default:
                    i++;
                    break;
            }
        }
        text.AppendUtf8(input[run..end]);
        return text.ToString();
    }

    /// <summary>The character data between two markup constructs inside an element.</summary>
    private void Text(int start, int end)
    {
        var data = input[start..end];
        // Most character data is the indentation between tags: white space only (CR included, the builder normalizes it).
        if (data.IndexOfAnyExcept(XmlCharacters.Space) < 0)
        {
            builder.Whitespace(input, start, end);
            return;
        }
        if (data.IndexOfAny(XmlCharacters.TextSpecials) < 0)
        {
            builder.Text(input, Plain(data));
            return;
        }
        var text = builder.Buffer;
        text.Clear();
        var run = start;
        var i = start;
        while (i < end)
        {
            switch (input[i])
            {
                case (byte)'&':
                    text.AppendUtf8(input[run..i]);
                    i = Reference(i, text);
                    run = i;
                    break;
                case (byte)'\r':
                    text.AppendUtf8(input[run..i]);
                    text.Append('\n');
                    i += i + 1 < end && input[i + 1] == '\n' ? 2 : 1;
                    run = i;
                    break;
                case (byte)']' when i + 2 < end && input[i + 1] == ']' && input[i + 2] == '>':
                    throw Error("']]>' is not allowed in character data.", i);
                default:
                    i++;
                    break;
            }
        }
        text.AppendUtf8(input[run..end]);
        builder.Text(input, text.ToString());
    }

    /// <summary>Text without references or carriage returns, as a string (a short one shared with its earlier occurrences).</summary>
    private readonly string Plain(ReadOnlySpan<byte> data) =>
        data.Length <= ShortTextCache.MaxLength && builder.ShortTexts.Get(data) is { } shared ? shared : Encoding.UTF8.GetString(data);

    private void CData()
    {
        var start = pos + 9;
        var length = input[start..].IndexOf("]]>"u8);
        if (length < 0) throw EndOfFile();
        var data = input.Slice(start, length);
        if (data.IndexOf((byte)'\r') < 0) builder.Text(input, Encoding.UTF8.GetString(data));
        else builder.Text(input, Encoding.UTF8.GetString(data).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        pos = start + length + 3;
    }

    /// <summary>A reference at '&amp;': one of the five predefined entities or a character reference; returns the offset after ';'.</summary>
    private int Reference(int at, TextBuffer text)
    {
        if (at + 1 < input.Length && input[at + 1] == '#') return CharacterReference(at, text);
        var resume = pos;
        pos = at + 1;
        var end = NameEnd(out var colon);
        if (colon >= 0) throw Error("The ':' character, hexadecimal value 0x3A, cannot be included in a name.", colon);
        pos = end;
        Expect((byte)';');
        switch (input[(at + 1)..end])
        {
            case [(byte)'l', (byte)'t']:
                text.Append('<');
                break;
            case [(byte)'g', (byte)'t']:
                text.Append('>');
                break;
            case [(byte)'a', (byte)'m', (byte)'p']:
                text.Append('&');
                break;
            case [(byte)'a', (byte)'p', (byte)'o', (byte)'s']:
                text.Append('\'');
                break;
            case [(byte)'q', (byte)'u', (byte)'o', (byte)'t']:
                text.Append('"');
                break;
            default:
                throw Error($"Reference to undeclared entity '{Encoding.UTF8.GetString(input[(at + 1)..end])}'.", at + 1);
        }
        (pos, resume) = (resume, pos);
        return resume;
    }

    /// <summary><c>&amp;#digits;</c> or <c>&amp;#xhex;</c>, which must give a character XML allows.</summary>
    private int CharacterReference(int at, TextBuffer text)
    {
        var hex = at + 2 < input.Length && input[at + 2] == 'x';
        var start = at + (hex ? 3 : 2);
        var i = start;
        var value = 0L;
        while (i < input.Length && Digit(input[i], hex) is var digit and >= 0)
        {
            value = Math.Min(value * (hex ? 16 : 10) + digit, int.MaxValue);
            i++;
        }
        if (i == start || i >= input.Length || input[i] != ';') throw Error("Invalid syntax for a character reference.", i);
        if (!XmlCharacters.IsChar((int)value)) throw Error($"Invalid character reference: 0x{value:X}.", start);
        text.Append((int)value);
        return i + 1;
    }

    private static int Digit(byte d, bool hex) =>
        d is >= (byte)'0' and <= (byte)'9' ? d - '0'
        : hex && d is >= (byte)'a' and <= (byte)'f' ? d - 'a' + 10
        : hex && d is >= (byte)'A' and <= (byte)'F' ? d - 'A' + 10
        : -1;

    private void EndTag()
    {
        var nameStart = pos + 2;
        pos = nameStart;
        var nameEnd = NameEnd(out _);
        var open = builder.Innermost;
        if (!input[nameStart..nameEnd].SequenceEqual(input.Slice(open.NameOffset, open.NameLength)))
        {
            var (line, column) = LineIndex.Locate(input, origin, open.NameOffset);
            throw Error($"The '{open.QualifiedName}' start tag on line {line} position {column} does not match the end tag of '{Encoding.UTF8.GetString(input[nameStart..nameEnd])}'.", nameStart);
        }
        pos = nameEnd;
        SkipSpace();
        Expect((byte)'>');
        builder.Close(input);
    }

    /// <summary>The end of the QName at <see cref="pos"/> (NCName, optionally prefix ':' NCName); the colon's offset or -1.</summary>
    private int NameEnd(out int colon)
    {
        colon = -1;
        var i = pos;
        if (i >= input.Length) throw EndOfFile();
        if (!NameStart(ref i)) throw NameError(i);
        while (true)
        {
            var run = input[i..].IndexOfAnyExcept(XmlCharacters.AsciiNameBytes);
            if (run < 0) throw EndOfFile();
            i += run;
            var b = input[i];
            if (b == ':')
            {
                if (colon >= 0) throw Error("The ':' character, hexadecimal value 0x3A, cannot be included in a name.", i);
                colon = i++;
                if (i >= input.Length) throw EndOfFile();
                if (!NameStart(ref i)) throw NameError(i);
                continue;
            }
            if (b < 0x80) return i;
            var c = XmlCharacters.CodePoint(input, i, out var length);
            if (!XmlCharacters.IsNameChar(c)) return i;
            i += length;
        }
    }

    private bool NameStart(ref int i)
    {
        var b = input[i];
        if (b < 0x80)
        {
            if (!XmlCharacters.IsNameStart(b)) return false;
            i++;
            return true;
        }
        var c = XmlCharacters.CodePoint(input, i, out var length);
        if (!XmlCharacters.IsNameStart(c)) return false;
        i += length;
        return true;
    }

    private XmlException NameError(int at)
    {
        var c = XmlCharacters.CodePoint(input, at, out _);
        var shown = c < 0x10000 ? ((char)c).ToString() : char.ConvertFromUtf32(c);
        return Error($"Name cannot begin with the '{shown}' character, hexadecimal value 0x{c:X2}.", at);
    }

    private readonly byte Current => pos < input.Length ? input[pos] : (byte)0;

    private readonly bool At(ReadOnlySpan<byte> literal) => input[pos..].StartsWith(literal);

    /// <summary>Skips white space; true when there was some.</summary>
    private bool SkipSpace()
    {
        var skipped = input[pos..].IndexOfAnyExcept(XmlCharacters.Space);
        var length = skipped < 0 ? input.Length - pos : skipped;
        pos += length;
        return length > 0;
    }

    private void Expect(byte expected)
    {
        if (pos >= input.Length) throw EndOfFile();
        if (input[pos] != expected) throw Error($"'{(char)input[pos]}' is an unexpected token. The expected token is '{(char)expected}'.", pos);
        pos++;
    }

    private XmlException EndOfFile() => Error("Unexpected end of file has occurred.", input.Length);

    private XmlException Error(string message, int offset)
    {
        var (line, column) = LineIndex.Locate(input, origin, Math.Min(offset, input.Length));
        return new XmlException(message, null, line, column);
    }

    private DocumentLimitException Limit(string message, int offset)
    {
        var (line, column) = LineIndex.Locate(input, origin, Math.Min(offset, input.Length));
        return new DocumentLimitException(message, line, column);
    }
}
