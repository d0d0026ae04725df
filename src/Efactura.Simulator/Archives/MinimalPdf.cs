using System.Globalization;
using System.Text;

namespace Efactura.Simulator.Archives;

/// <summary>
/// A one-page PDF 1.4 with a few lines of Helvetica text, with a correct cross-reference table, standing
/// in for transformare's rendering until the project's PDF renderer plugs in.
/// </summary>
internal static class MinimalPdf
{
    /// <summary>The PDF bytes showing <paramref name="lines"/> (ASCII; other characters become '?').</summary>
    public static byte[] Render(IReadOnlyList<string> lines)
    {
        var content = new StringBuilder("BT /F1 12 Tf 56 780 Td 16 TL\n");
        foreach (var line in lines) content.Append('(').Append(Escape(line)).Append(") Tj T*\n");
        content.Append("ET");
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Escape(string line)
    {
        var text = new StringBuilder();
        foreach (var c in line)
        {
            if (c is '(' or ')' or '\\') text.Append('\\').Append(c);
            else text.Append(c is >= ' ' and <= '~' ? c : '?');
        }
        return text.ToString();
    }
}
