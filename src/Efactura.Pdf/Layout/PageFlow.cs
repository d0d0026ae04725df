using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Efactura.Pdf.Layout;

/// <summary>
/// A4 pages filled from top to bottom: a cursor, and a new page whenever the next piece does not fit. The footer
/// ("pagina x din y") is drawn once every page exists, so it knows the count.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    public const double Margin = 36;
    private const double BottomMargin = 46;

    private readonly PdfDocument document;
    private XGraphics? graphics;

    public PageFlow(PdfDocument document, Typography typography)
    {
        this.document = document;
        Typography = typography;
        NewPage();
    }

    public Typography Typography { get; }

    public XGraphics Graphics => graphics!;

    public double Left => Margin;

    public double Width => PageWidth - 2 * Margin;

    public double Right => PageWidth - Margin;

    public double Y { get; set; }

    public int PageCount => document.PageCount;

    private double PageWidth => document.Pages[0].Width.Point;

    private double ContentBottom => document.Pages[0].Height.Point - BottomMargin;

    /// <summary>True when <paramref name="height"/> more points fit on the current page.</summary>
    public bool Fits(double height) => Y + height <= ContentBottom;

    /// <summary>True when the cursor is at the top of a page, so a new page would not give more room.</summary>
    public bool AtPageTop => Y <= Margin + 0.01;

    /// <summary>Starts a new page when <paramref name="height"/> does not fit; returns true when it did.</summary>
    public bool Reserve(double height)
    {
        if (Fits(height) || AtPageTop) return false;
        NewPage();
        return true;
    }

    public void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        graphics = XGraphics.FromPdfPage(page);
        Y = Margin;
    }

    /// <summary>Draws a footer on every page: <paramref name="left"/> at the left, the page of the count at the right.</summary>
    public void DrawFooters(string left, Func<int, int, string> pageOf)
    {
        graphics?.Dispose();
        graphics = null;
        var count = document.PageCount;
        var brush = new XSolidBrush(Typography.Muted);
        var pen = new XPen(Typography.Rule, 0.5);
        for (var index = 0; index < count; index++)
        {
            var page = document.Pages[index];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var y = page.Height.Point - BottomMargin + 12;
            gfx.DrawLine(pen, Margin, y, page.Width.Point - Margin, y);
            var box = TextBox.Wrap(gfx, [new TextRun(left, Typography.Small, Typography.Muted)], Width - 90);
            box.Draw(gfx, Margin, y + 4);
            gfx.DrawString(pageOf(index + 1, count), Typography.Small, brush,
                new XRect(page.Width.Point - Margin - 90, y + 4, 90, 10), XStringFormats.TopRight);
        }
    }

    public void Dispose() => graphics?.Dispose();
}
