using PdfSharp.Drawing;

namespace Efactura.Pdf.Layout;

/// <summary>
/// A table drawn row by row into a <see cref="PageFlow"/>: a row that does not fit moves to a new page, where the
/// header is drawn again. Every cell wraps its text to the column, so rows grow in height, never in width.
/// </summary>
internal sealed class Table
{
    private const double Padding = 2.5;
    private readonly PageFlow flow;
    private readonly IReadOnlyList<TableColumn> columns;
    private readonly XPen rule;
    private bool zebra;

    public Table(PageFlow flow, IReadOnlyList<TableColumn> columns)
    {
        this.flow = flow;
        this.columns = columns;
        rule = new XPen(flow.Typography.Rule, 0.5);
    }

    /// <summary>Draws the header; call once before the first row (rows on later pages repeat it by themselves).</summary>
    public void Begin()
    {
        var header = HeaderCells();
        var height = Height(header);
        flow.Reserve(height + RowHeightEstimate);
        DrawHeader(header, height);
    }

    /// <summary>Adds a row: one list of runs per column.</summary>
    public void Row(IReadOnlyList<IReadOnlyList<TextRun>> cells)
    {
        var boxes = Wrap(cells);
        var height = Height(boxes);
        if (!flow.Fits(height) && !flow.AtPageTop)
        {
            flow.NewPage();
            var header = HeaderCells();
            DrawHeader(header, Height(header));
        }
        var gfx = flow.Graphics;
        if (zebra) gfx.DrawRectangle(new XSolidBrush(flow.Typography.Shade), flow.Left, flow.Y, flow.Width, height);
        zebra = !zebra;
        DrawCells(boxes);
        flow.Y += height;
        gfx.DrawLine(rule, flow.Left, flow.Y, flow.Right, flow.Y);
    }

    private double RowHeightEstimate => Typography.LineHeight(flow.Typography.Body) + 2 * Padding;

    private TextBox[] HeaderCells() => Wrap(columns.Select(c => (IReadOnlyList<TextRun>)[new TextRun(c.Header, flow.Typography.SmallBold, flow.Typography.Ink)]).ToList());

    private void DrawHeader(TextBox[] header, double height)
    {
        var gfx = flow.Graphics;
        gfx.DrawRectangle(new XSolidBrush(flow.Typography.Shade), flow.Left, flow.Y, flow.Width, height);
        gfx.DrawLine(new XPen(flow.Typography.Ink, 0.7), flow.Left, flow.Y + height, flow.Right, flow.Y + height);
        DrawCells(header);
        flow.Y += height;
        zebra = false;
    }

    private void DrawCells(TextBox[] boxes)
    {
        var x = flow.Left;
        for (var i = 0; i < columns.Count; i++)
        {
            boxes[i].Draw(flow.Graphics, x + Padding, flow.Y + Padding, columns[i].AlignRight);
            x += columns[i].Width;
        }
    }

    private TextBox[] Wrap(IReadOnlyList<IReadOnlyList<TextRun>> cells)
    {
        var boxes = new TextBox[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            var runs = i < cells.Count ? cells[i] : [];
            boxes[i] = TextBox.Wrap(flow.Graphics, runs, columns[i].Width - 2 * Padding);
        }
        return boxes;
    }

    private static double Height(TextBox[] boxes) => boxes.Max(b => b.Height) + 2 * Padding;
}
