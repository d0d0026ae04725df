using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Efactura.Pdf.Conformance;

/// <summary>
/// Puts our PDF/A-3 XMP packet in place of the one PDFsharp writes.
/// </summary>
/// <remarks>
/// PDFsharp 6.2.4 creates its own XMP metadata stream while saving, always, and points the catalogue at it (it has
/// no option to leave ours); that packet names no PDF/A part and carries random document ids. It writes that stream
/// as the last object before the cross-reference table, so replacing it moves nothing but the table itself: every
/// offset in the table stays right, and only the <c>startxref</c> number changes. Each assumption is checked, and a
/// file not shaped so is refused rather than patched blindly.
/// </remarks>
internal static partial class XmpReplacement
{
    public static byte[] Replace(byte[] pdf, Func<string, string> xmpFromProducer)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var offsetMatch = startXref < 0 ? null : StartXref().Match(text, startXref);
        if (offsetMatch is not { Success: true }) throw Unexpected("no startxref");
        var xref = int.Parse(offsetMatch.Groups[1].Value, CultureInfo.InvariantCulture);
        if (string.CompareOrdinal(text, xref, "xref", 0, 4) != 0) throw Unexpected("startxref does not point at a cross-reference table");

        var catalogStart = text.IndexOf("/Type/Catalog", StringComparison.Ordinal);
        if (catalogStart < 0) throw Unexpected("no catalogue");
        var catalogEnd = text.IndexOf("endobj", catalogStart, StringComparison.Ordinal);
        var catalog = CatalogMetadata().Match(text[catalogStart..catalogEnd]);
        if (!catalog.Success) throw Unexpected("the catalogue names no metadata stream");
        var number = catalog.Groups[1].Value;
        var objectStart = text.LastIndexOf($"\n{number} 0 obj\n", xref, StringComparison.Ordinal) + 1;
        if (objectStart <= 0) throw Unexpected($"object {number} is missing");
        var header = MetadataHeader().Match(text, objectStart);
        if (!header.Success || header.Index != objectStart) throw Unexpected($"object {number} is not a plain XMP stream");
        var length = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
        var streamStart = header.Index + header.Length;
        var end = text.IndexOf("endobj\n", streamStart + length, StringComparison.Ordinal) + "endobj\n".Length;
        if (end != xref) throw Unexpected($"object {number} is not the last before the cross-reference table");

        var old = Encoding.UTF8.GetString(pdf, streamStart, length);
        var producer = Producer().Match(old);
        if (!producer.Success) throw Unexpected("PDFsharp's XMP names no producer");
        var xmp = Encoding.UTF8.GetBytes(xmpFromProducer(producer.Groups[1].Value));

        var replacement = Encoding.Latin1.GetBytes($"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length}>>\nstream\n")
            .Concat(xmp).Concat(Encoding.Latin1.GetBytes("\nendstream\nendobj\n")).ToArray();
        var newXref = objectStart + replacement.Length;
        var tail = text[xref..];
        var tailStartXref = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        var newTail = tail[..tailStartXref] + StartXref().Replace(tail[tailStartXref..], $"startxref\n{newXref}", 1);

        using var output = new MemoryStream(newXref + newTail.Length);
        output.Write(pdf, 0, objectStart);
        output.Write(replacement);
        output.Write(Encoding.Latin1.GetBytes(newTail));
        return output.ToArray();
    }

    private static InvalidOperationException Unexpected(string what) =>
        new($"The PDF written by PDFsharp is not shaped as Efactura.Pdf expects ({what}); its XMP metadata cannot be made PDF/A-3.");

    [GeneratedRegex(@"\Gstartxref\s+(\d+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Metadata\s+(\d+)\s+0\s+R")]
    private static partial Regex CatalogMetadata();

    [GeneratedRegex(@"\G\d+ 0 obj\n<</Type/Metadata/Subtype/XML/Length (\d+)>>\nstream\n")]
    private static partial Regex MetadataHeader();

    [GeneratedRegex(@"<pdf:Producer>([^<]*)</pdf:Producer>")]
    private static partial Regex Producer();
}
