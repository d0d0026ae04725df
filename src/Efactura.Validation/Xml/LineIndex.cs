namespace Efactura.Validation.Xml;

/// <summary>
/// Turns a byte offset (all the parser keeps of an element's or attribute's position) into the line and column
/// <see cref="System.Xml.XmlReader"/> reports: lines broken by LF, CR or CR LF, columns counted in UTF-16 code units
/// from 1. It keeps a copy of the source and finds where its lines start and where its non-ASCII characters are the
/// first time a position is asked for. Why: most positions never are (a valid invoice has no findings), and copying
/// the bytes costs a fraction of counting lines up to each of a document's start tags (5% of a validation).
/// An index belongs to an <see cref="ElementTable"/> and is reused with it for the next document; like the document,
/// it is read by one thread at a time. The scanner's errors, which can lie in a source not yet known to be valid UTF-8,
/// are located by <see cref="Locate"/>, which counts the same way without an index.
/// </summary>
internal sealed class LineIndex
{
    private byte[] source = [];
    private int length;
    private int origin;
    private bool built;

    private int[] lineStarts = new int[64];
    private int lines;

    // The offset of every non-ASCII character and the UTF-16 code units its bytes outnumber, summed up to it.
    private int[] wideOffsets = [];
    private int[] wideSurplus = [];
    private int wides;

    /// <summary>Takes the source of a document whose first character is at <paramref name="start"/> (after a byte order mark).</summary>
    public void Reset(ReadOnlySpan<byte> input, int start)
    {
        if (source.Length < input.Length) source = new byte[Math.Max(input.Length, 2 * source.Length)];
        input.CopyTo(source);
        (length, origin, built) = (input.Length, start, false);
    }

    private void Build()
    {
        var input = source.AsSpan(0, length);
        built = true;
        lines = 0;
        wides = 0;
        Add(ref lineStarts, ref lines, origin);
        var at = origin;
        while (at < input.Length)
        {
            var next = input[at..].IndexOfAny((byte)'\r', (byte)'\n');
            if (next < 0) break;
            at += next;
            at = AfterLineEnd(input, at);
            Add(ref lineStarts, ref lines, at);
        }
        var surplus = 0;
        at = origin;
        while (at < input.Length)
        {
            var next = input[at..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (next < 0) break;
            at += next;
            // A lead byte of valid UTF-8 (checked before): 2 or 3 bytes give one code unit, 4 bytes two.
            var b = input[at];
            var bytes = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            surplus += bytes - (bytes == 4 ? 2 : 1);
            AddWide(at, surplus);
            at += bytes;
        }
    }

    /// <summary>The line (from 1) and column (UTF-16 code units from 1) of a byte offset of the indexed document.</summary>
    public (int Line, int Column) At(int offset)
    {
        if (!built) Build();
        var line = lineStarts.AsSpan(0, lines).BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        var start = lineStarts[line];
        return (line + 1, offset - start + 1 - (SurplusBefore(offset) - SurplusBefore(start)));
    }

    /// <summary>
    /// The line and column of an offset of a source that is not indexed (a well-formedness error, found once): lines
    /// counted up to it, then the UTF-16 length of its line up to it. An offset between the CR and LF of a line end
    /// is at the start of the next line, as <see cref="System.Xml.XmlReader"/> reports it.
    /// </summary>
    public static (int Line, int Column) Locate(ReadOnlySpan<byte> input, int origin, int offset)
    {
        var (line, start, at) = (1, origin, origin);
        while (at < offset)
        {
            var next = input[at..offset].IndexOfAny((byte)'\r', (byte)'\n');
            if (next < 0) break;
            at += next;
            at = AfterLineEnd(input, at);
            (line, start) = (line + 1, at);
        }
        return (line, start > offset ? 1 : Utf16Length(input[start..offset]) + 1);
    }

    /// <summary>Where the next line starts after the line end (LF, CR or CR LF) at this offset.</summary>
    private static int AfterLineEnd(ReadOnlySpan<byte> input, int at) =>
        input[at] == '\r' && at + 1 < input.Length && input[at + 1] == '\n' ? at + 2 : at + 1;

    /// <summary>
    /// The UTF-16 length of UTF-8 bytes: one unit per byte that is not a continuation byte and one more for a lead byte of
    /// four (an error can be located in bytes that are not valid UTF-8: they count by the same rule).
    /// </summary>
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

    /// <summary>The code units saved by the non-ASCII characters before an offset.</summary>
    private int SurplusBefore(int offset)
    {
        if (wides == 0) return 0;
        var found = wideOffsets.AsSpan(0, wides).BinarySearch(offset);
        var before = found < 0 ? ~found : found;
        return before == 0 ? 0 : wideSurplus[before - 1];
    }

    private void AddWide(int offset, int surplus)
    {
        if (wides == wideOffsets.Length)
        {
            Array.Resize(ref wideOffsets, Math.Max(16, wides * 2));
            Array.Resize(ref wideSurplus, wideOffsets.Length);
        }
        wideOffsets[wides] = offset;
        wideSurplus[wides++] = surplus;
    }

    private static void Add(ref int[] array, ref int count, int value)
    {
        if (count == array.Length) Array.Resize(ref array, Math.Max(16, array.Length * 2));
        array[count++] = value;
    }
}
