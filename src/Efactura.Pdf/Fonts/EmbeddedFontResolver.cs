using PdfSharp.Fonts;

namespace Efactura.Pdf.Fonts;

/// <summary>
/// Gives PDFsharp the DejaVu Sans Condensed faces committed with this library (embedded resources; Bitstream Vera
/// licence with DejaVu's public-domain changes, Fonts/LICENSE-DejaVu.txt). They cover Romanian fully: ă â î ș ț
/// with comma below, and their capitals. The family name is ours, so no system font is ever picked by mistake.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    /// <summary>The family name the renderer asks for.</summary>
    public const string Family = "Efactura Sans";

    private const string RegularFace = "DejaVuSansCondensed";
    private const string BoldFace = "DejaVuSansCondensed-Bold";

    private readonly byte[] regular = Load(RegularFace);
    private readonly byte[] bold = Load(BoldFace);

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        familyName.Equals(Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic)
            : null;

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) => faceName switch
    {
        RegularFace => regular,
        BoldFace => bold,
        _ => null,
    };

    private static byte[] Load(string faceName)
    {
        var name = $"Efactura.Pdf.Fonts.{faceName}.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from Efactura.Pdf.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
