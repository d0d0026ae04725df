using Efactura.Core.Json;
using Efactura.Core.Model;
using Efactura.Testing;
using Efactura.Ubl;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Efactura.Pdf.Tests;

/// <summary>Renders invoices the way the CLI and the gateway do, and reads the PDFs back with PdfPig.</summary>
internal static class Rendering
{
    /// <summary>A fixed creation time: the tests never read the clock.</summary>
    public static readonly DateTimeOffset CreatedAt = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public static IEnumerable<string> ExampleNames() =>
        Directory.GetFiles(TestPaths.Examples, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static Invoice Example(string name)
    {
        var parsed = InvoiceJson.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Examples, name + ".json")));
        parsed.IsSuccess.ShouldBeTrue(name);
        return parsed.Invoice!;
    }

    public static InvoicePdfInput Input(Invoice invoice, PdfLanguage language = PdfLanguage.Romanian) => new()
    {
        Invoice = invoice,
        Xml = new UblWriter().ToBytes(invoice),
        Language = language,
        CreatedAt = CreatedAt,
    };

    public static byte[] Render(Invoice invoice, PdfLanguage language = PdfLanguage.Romanian) =>
        new InvoicePdfRenderer().Render(Input(invoice, language), TestContext.Current.CancellationToken);

    /// <summary>
    /// Each page's text in the order it was drawn, whitespace collapsed to single spaces, so a name wrapped over
    /// two lines still reads as written (reading by position would interleave the supplier's and buyer's columns).
    /// </summary>
    public static IReadOnlyList<string> PageTexts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => Words(ContentOrderTextExtractor.GetText(page))).ToList();
    }

    public static string Text(byte[] pdf) => string.Join(" ", PageTexts(pdf));

    /// <summary>Whitespace collapsed, as the extracted text has it.</summary>
    public static string Words(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
