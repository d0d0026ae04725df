namespace Efactura.Pdf;

/// <summary>The language the PDF's labels, dates and numbers are written in; the invoice's own texts stay as written.</summary>
public enum PdfLanguage
{
    /// <summary>Romanian (the default): "Factură", 1.234,56, 19.11.2026.</summary>
    Romanian,

    /// <summary>English: "Invoice", 1,234.56, 2026-11-19.</summary>
    English,
}
