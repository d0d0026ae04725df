using PdfSharp.Drawing;

namespace Efactura.Pdf.Layout;

/// <summary>A piece of text in one font and colour, before it is wrapped to a width.</summary>
internal readonly record struct TextRun(string Text, XFont Font, XColor Color);
