namespace Efactura.Validation.Xml;

/// <summary>
/// Turns byte offsets of a UTF-8 document into the line and column <see cref="System.Xml.XmlReader"/> reports: lines
/// broken by LF, CR or CR LF, columns counted in UTF-16 code units from 1, counting forward from the last offset asked
/// (an earlier offset restarts it). The scanner uses it for the position of a well-formedness error, which may lie
/// before <see cref="LineIndex"/> is built (in the character check); the elements' positions come from the index.
/// </summary>
internal struct LineCounter(int origin)
{
    private readonly int start = origin;
    private int offset = origin;
    private int line = 1;
    private int column = 1;

    public (int Line, int Column) At(ReadOnlySpan<byte> input, int target)
    {
        if (target < offset) (offset, line, column) = (start, 1, 1);
        while (offset < target)
        {
            var rest = input[offset..target];
            var newline = rest.IndexOfAny((byte)'\r', (byte)'\n');
            if (newline < 0)
            {
                column += Utf16Length(rest);
                offset = target;
                break;
            }
            var at = offset + newline;
            offset = input[at] == '\r' && at + 1 < input.Length && input[at + 1] == '\n' ? at + 2 : at + 1;
            line++;
            column = 1;
        }
        return (line, column);
    }

    /// <summary>The UTF-16 length of valid UTF-8: one unit per lead byte, two for a four-byte sequence.</summary>
    public static int Utf16Length(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Ascii.IsValid(utf8)) return utf8.Length;
        var length = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80) length++;
            if (b >= 0xF0) length++;
        }
        return length;
    }
}
