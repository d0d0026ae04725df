using PdfSharp.Drawing;

namespace Efactura.Pdf.Layout;

/// <summary>
/// Runs wrapped to a width: every word that fits goes on the line, a word longer than the width is broken by
/// characters, explicit line breaks are kept. So no text is ever cut or drawn beyond its box.
/// </summary>
internal sealed class TextBox
{
    private readonly List<(string Text, XFont Font, XColor Color)> lines = [];

    private TextBox(double width) => Width = width;

    public double Width { get; }

    public double Height { get; private set; }

    public bool IsEmpty => lines.Count == 0;

    public static TextBox Wrap(XGraphics measure, IEnumerable<TextRun> runs, double width)
    {
        var box = new TextBox(width);
        foreach (var run in runs)
        {
            foreach (var paragraph in run.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                foreach (var line in WrapParagraph(measure, paragraph.Trim(), run.Font, width)) box.Add(line, run.Font, run.Color);
            }
        }
        return box;
    }

    /// <summary>Draws the lines with their tops at <paramref name="top"/>; <paramref name="alignRight"/> aligns each line to the right edge.</summary>
    public void Draw(XGraphics gfx, double left, double top, bool alignRight = false)
    {
        var y = top;
        foreach (var (text, font, color) in lines)
        {
            var brush = new XSolidBrush(color);
            if (alignRight)
            {
                gfx.DrawString(text, font, brush, new XRect(left, y, Width, Typography.LineHeight(font)), XStringFormats.TopRight);
            }
            else
            {
                gfx.DrawString(text, font, brush, left, y, XStringFormats.TopLeft);
            }
            y += Typography.LineHeight(font);
        }
    }

    /// <summary>Draws line by line from the flow's cursor, starting a new page whenever the next line does not fit.</summary>
    public void DrawAcrossPages(PageFlow flow, double left)
    {
        foreach (var (text, font, color) in lines)
        {
            var height = Typography.LineHeight(font);
            flow.Reserve(height);
            flow.Graphics.DrawString(text, font, new XSolidBrush(color), left, flow.Y, XStringFormats.TopLeft);
            flow.Y += height;
        }
    }

    private void Add(string text, XFont font, XColor color)
    {
        lines.Add((text, font, color));
        Height += Typography.LineHeight(font);
    }

    private static IEnumerable<string> WrapParagraph(XGraphics measure, string paragraph, XFont font, double width)
    {
        if (paragraph.Length == 0) yield break;
        if (measure.MeasureString(paragraph, font).Width <= width)
        {
            yield return paragraph;
            yield break;
        }
        var line = "";
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (measure.MeasureString(candidate, font).Width <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0) yield return line;
            line = word;
            // A word wider than the box (an IBAN, a long code, a URL) is broken where it must be.
            while (measure.MeasureString(line, font).Width > width && line.Length > 1)
            {
                var fit = FittingPrefix(measure, line, font, width);
                yield return line[..fit];
                line = line[fit..];
            }
        }
        if (line.Length > 0) yield return line;
    }

    private static int FittingPrefix(XGraphics measure, string text, XFont font, double width)
    {
        int low = 1, high = text.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (measure.MeasureString(text[..middle], font).Width <= width) low = middle;
            else high = middle - 1;
        }
        return low;
    }
}
