using System.Diagnostics;
using Efactura.Pdf.Sources;
using Efactura.Testing;
using UglyToad.PdfPig;

namespace Efactura.Pdf.Tests;

/// <summary>
/// Renders the kinds a person looks at before a release (B2B, reverse charge, EUR with RON VAT, credit note, B2C,
/// 1,000 lines, a real ANAF ZIP) to PDF and, with Debian's poppler-utils, to PNG (<c>pdftoppm -png -r 60</c>) under
/// tests/Efactura.Pdf.Tests/TestResults/pdf-samples. docs/pdf-samples holds the copies that were looked at.
/// </summary>
public class PdfSampleTests
{
    public static TheoryData<string, string> Samples() => new()
    {
        { "b2b", "01-b2b-ron-21" },
        { "reverse-charge", "04-reverse-charge-cereals" },
        { "eur-with-ron-vat", "08-eur-with-ron-vat" },
        { "credit-note", "09-credit-note" },
        { "b2c", "12-b2c-with-cnp" },
        { "1000-lines", "21-wholesale-1000-lines" },
    };

    private static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tests", "Efactura.Pdf.Tests", "TestResults", "pdf-samples");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_renders_to_A4_pngs_of_its_first_and_last_page(string kind, string example)
    {
        var pdf = Rendering.Render(Rendering.Example(example));

        var pngs = WritePngs(kind, pdf);

        pngs.Count.ShouldBe(PageCount(pdf) == 1 ? 1 : 2);
        foreach (var png in pngs) PngSize(png).ShouldBe((496, 702));
    }

    [Fact]
    public void An_ANAF_zip_sample_renders_to_png()
    {
        var zip = File.ReadAllBytes(Path.Combine(TestPaths.RequireShared(), "anaf-recordings", "prod", "4186086961.zip"));
        var pdf = new InvoicePdfRenderer().Render(InvoicePdfSources.FromAnafArchive(zip, Rendering.CreatedAt), TestContext.Current.CancellationToken);

        WritePngs("anaf-zip", pdf).ShouldHaveSingleItem();
    }

    private static List<string> WritePngs(string kind, byte[] pdf)
    {
        RequirePdftoppm();
        Directory.CreateDirectory(Folder);
        var pdfPath = Path.Combine(Folder, kind + ".pdf");
        File.WriteAllBytes(pdfPath, pdf);
        var pages = PageCount(pdf);
        var result = new List<string> { Png(pdfPath, 1, Path.Combine(Folder, $"{kind}-page1")) };
        if (pages > 1) result.Add(Png(pdfPath, pages, Path.Combine(Folder, $"{kind}-page{pages}")));
        return result;
    }

    private static string Png(string pdf, int page, string prefix)
    {
        var start = new ProcessStartInfo("pdftoppm", ["-png", "-r", "60", "-singlefile", "-f", $"{page}", "-l", $"{page}", pdf, prefix])
        {
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, error);
        return prefix + ".png";
    }

    private static int PageCount(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    // Width and height from the PNG's IHDR chunk, which follows the 8-byte signature and the chunk header.
    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    private static void RequirePdftoppm()
    {
        if (File.Exists("/usr/bin/pdftoppm")) return;
        const string reason = "pdftoppm (Debian poppler-utils) is not installed";
        if (Strict.IsOn) throw new InvalidOperationException(reason + " and EFACTURA_STRICT=1 forbids skipping");
        Assert.Skip(reason);
    }
}
