using PdfSharp.Fonts;

namespace Efactura.Pdf.Fonts;

/// <summary>
/// Installs <see cref="EmbeddedFontResolver"/> in PDFsharp before the first font is used.
/// </summary>
/// <remarks>
/// PDFsharp 6.2.4 keeps its font resolver in static state (<see cref="GlobalFontSettings"/>, one per process, set
/// once before any font operation). That is the only static state this library has, and it is PDFsharp's: we set
/// it once, under a lock, to a resolver that holds nothing but the immutable font files. When the host process has
/// installed a resolver of its own, ours goes in as the fallback resolver instead (the host's returns null for our
/// private family name, so PDFsharp asks the fallback); when both are taken, rendering fails with a clear message.
/// </remarks>
internal static class FontInstallation
{
    private static readonly EmbeddedFontResolver Resolver = new();
    private static readonly Lock Gate = new();

    /// <summary>Makes sure PDFsharp can resolve <see cref="EmbeddedFontResolver.Family"/>.</summary>
    public static void Ensure()
    {
        lock (Gate)
        {
            if (ReferenceEquals(GlobalFontSettings.FontResolver, Resolver) || ReferenceEquals(GlobalFontSettings.FallbackFontResolver, Resolver)) return;
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Resolver;
                return;
            }
            if (GlobalFontSettings.FallbackFontResolver is null)
            {
                GlobalFontSettings.FallbackFontResolver = Resolver;
                return;
            }
            throw new InvalidOperationException(
                "PDFsharp already has a font resolver and a fallback font resolver installed by this process; Efactura.Pdf cannot add its embedded fonts.");
        }
    }
}
