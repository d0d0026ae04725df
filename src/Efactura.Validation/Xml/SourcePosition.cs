namespace Efactura.Validation.Xml;

/// <summary>
/// Where a node starts in its document: a line and column known already (a reader that reports them), or a byte offset
/// that the document's <see cref="LineIndex"/> turns into both when they are asked for.
/// </summary>
internal readonly record struct SourcePosition
{
    private readonly LineIndex? lines;
    private readonly int line;
    private readonly int columnOrOffset;

    /// <summary>A known line and column.</summary>
    public SourcePosition(int line, int column) => (this.line, columnOrOffset) = (line, column);

    /// <summary>A byte offset in the document the index was built for.</summary>
    public SourcePosition(LineIndex lines, int offset) => (this.lines, columnOrOffset) = (lines, offset);

    /// <summary>The line (from 1) and column (UTF-16 code units from 1), both at once: an offset's line is searched for.</summary>
    public (int Line, int Column) LineAndColumn => lines is null ? (line, columnOrOffset) : lines.At(columnOrOffset);

    /// <summary>The line, from 1.</summary>
    public int Line => LineAndColumn.Line;

    /// <summary>The column in UTF-16 code units, from 1.</summary>
    public int Column => LineAndColumn.Column;
}
