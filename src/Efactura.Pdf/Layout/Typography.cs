using Efactura.Pdf.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Efactura.Pdf.Layout;

/// <summary>The fonts and colours of the invoice: one family (DejaVu Sans Condensed, embedded), a few sizes.</summary>
internal sealed class Typography
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public XFont Body { get; } = Font(8, bold: false);
    public XFont BodyBold { get; } = Font(8, bold: true);
    public XFont Small { get; } = Font(6.8, bold: false);
    public XFont SmallBold { get; } = Font(6.8, bold: true);
    public XFont Heading { get; } = Font(8.5, bold: true);
    public XFont Title { get; } = Font(15, bold: true);
    public XFont Total { get; } = Font(10, bold: true);

    public XColor Ink { get; } = XColor.FromArgb(0x1F, 0x23, 0x28);
    public XColor Muted { get; } = XColor.FromArgb(0x5A, 0x63, 0x6E);
    public XColor Rule { get; } = XColor.FromArgb(0xC8, 0xCE, 0xD4);
    public XColor Shade { get; } = XColor.FromArgb(0xEE, 0xF1, 0xF4);
    public XColor Accent { get; } = XColor.FromArgb(0x1D, 0x4E, 0x89);

    /// <summary>The distance between two baselines of <paramref name="font"/>.</summary>
    public static double LineHeight(XFont font) => font.Size * 1.28;

    private static XFont Font(double size, bool bold) =>
        new(EmbeddedFontResolver.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
