using Efactura.Pdf;

namespace Efactura.Server.Api.Invoices;

/// <summary>The <c>lang</c> query parameter of a PDF download: ro (the default) or en.</summary>
public static class PdfQuery
{
    /// <summary>The language asked for, or null when <paramref name="lang"/> is neither ro nor en.</summary>
    public static PdfLanguage? Language(string? lang) => lang?.ToLowerInvariant() switch
    {
        null or "ro" => PdfLanguage.Romanian,
        "en" => PdfLanguage.English,
        _ => null,
    };
}
