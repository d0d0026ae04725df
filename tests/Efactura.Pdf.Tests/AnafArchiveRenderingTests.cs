using System.IO.Compression;
using Efactura.Pdf.Sources;
using Efactura.Testing;
using UglyToad.PdfPig;

namespace Efactura.Pdf.Tests;

/// <summary>Real ANAF downloads (../shared/anaf-recordings) rendered: the upload index, ANAF's mention, both files attached.</summary>
public class AnafArchiveRenderingTests
{
    private static string Recording(string path) => Path.Combine(TestPaths.RequireShared(), "anaf-recordings", path);

    [Theory]
    [InlineData("prod/4186086961.zip", 4186086961L)]
    [InlineData("test/5004879752.zip", 5004879752L)]
    public void A_real_ANAF_zip_renders_naming_its_upload_index_and_ANAF_s_validation(string path, long index)
    {
        var zip = File.ReadAllBytes(Recording(path));

        var input = InvoicePdfSources.FromAnafArchive(zip, Rendering.CreatedAt);
        var text = Rendering.Text(new InvoicePdfRenderer().Render(input, TestContext.Current.CancellationToken));

        input.Anaf.ShouldNotBeNull().UploadIndex.ShouldBe(index);
        text.ShouldContain($"Index de încărcare: {index}");
        text.ShouldContain("validată și semnată electronic de Ministerul Finanțelor (ANAF)");
        foreach (var field in ExpectedText.RequiredFields(input.Invoice)) text.ShouldContain(Rendering.Words(field));
    }

    [Fact]
    public void A_zip_whose_invoice_changed_after_ANAF_signed_it_does_not_claim_ANAF_s_signature()
    {
        var zip = WithOneByteChanged(File.ReadAllBytes(Recording("prod/4186086961.zip")), "4186086961.xml");

        var input = InvoicePdfSources.FromAnafArchive(zip, Rendering.CreatedAt);
        var text = Rendering.Text(new InvoicePdfRenderer().Render(input, TestContext.Current.CancellationToken));

        input.Anaf.ShouldNotBeNull().SignatureCheck.ShouldBe(Efactura.Anaf.Archives.SignatureOutcome.Invalid);
        text.ShouldContain("Index de încărcare: 4186086961");
        text.ShouldContain("Semnătura ANAF din arhivă nu a putut fi verificată");
        text.ShouldNotContain("semnată electronic de Ministerul Finanțelor");
    }

    // The same ZIP (entry order, names and times kept) with one letter of the invoice's first note changed.
    private static byte[] WithOneByteChanged(byte[] zip, string entryName)
    {
        using var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var read = entry.Open();
                using var bytes = new MemoryStream();
                read.CopyTo(bytes);
                var content = bytes.ToArray();
                if (entry.FullName == entryName)
                {
                    var at = content.AsSpan().IndexOf("Prestari"u8);
                    at.ShouldBeGreaterThan(0);
                    content[at] = (byte)'p';
                }
                var copy = target.CreateEntry(entry.FullName);
                copy.LastWriteTime = entry.LastWriteTime;
                using var write = copy.Open();
                write.Write(content);
            }
        }
        return output.ToArray();
    }

    [Fact]
    public void The_zip_s_invoice_and_signature_are_both_attached_unchanged()
    {
        var zip = File.ReadAllBytes(Recording("prod/4186086961.zip"));
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        byte[] Entry(string name)
        {
            using var stream = archive.GetEntry(name)!.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        var pdf = new InvoicePdfRenderer().Render(InvoicePdfSources.FromAnafArchive(zip, Rendering.CreatedAt), TestContext.Current.CancellationToken);

        using var document = PdfDocument.Open(pdf);
        document.Advanced.TryGetEmbeddedFiles(out var files).ShouldBeTrue();
        files.Select(f => f.Name).Order(StringComparer.Ordinal).ShouldBe(["4186086961.xml", "semnatura_4186086961.xml"]);
        files.Single(f => f.Name == "4186086961.xml").Bytes.ToArray().ShouldBe(Entry("4186086961.xml"));
        files.Single(f => f.Name == "semnatura_4186086961.xml").Bytes.ToArray().ShouldBe(Entry("semnatura_4186086961.xml"));
    }

    [Fact]
    public void The_time_ANAF_wrote_the_zip_is_shown_as_its_signing_time()
    {
        var zip = File.ReadAllBytes(Recording("prod/4186086961.zip"));

        var input = InvoicePdfSources.FromAnafArchive(zip, Rendering.CreatedAt);

        input.Anaf!.SignedAt.ShouldBe(new DateTime(2024, 2, 27, 14, 43, 0).AddSeconds(input.Anaf.SignedAt!.Value.Second));
        Rendering.Text(new InvoicePdfRenderer().Render(input, TestContext.Current.CancellationToken)).ShouldContain("Data semnării ANAF: 27.02.2024 14:43");
    }

    [Fact]
    public void A_rejected_upload_s_zip_is_refused_with_a_clear_message()
    {
        var zip = File.ReadAllBytes(Recording("nok/3828.zip"));

        var error = Should.Throw<InvoicePdfSourceException>(() => InvoicePdfSources.FromAnafArchive(zip, Rendering.CreatedAt));

        error.Message.ShouldContain("3828.xml in the ZIP is not an invoice");
    }

    [Fact]
    public void Bytes_that_are_not_a_zip_are_refused()
    {
        Should.Throw<InvoicePdfSourceException>(() => InvoicePdfSources.FromAnafArchive("not a zip"u8.ToArray(), Rendering.CreatedAt))
            .Message.ShouldContain("not an ANAF download");
    }

    [Fact]
    public void Xml_that_is_neither_UBL_nor_CII_is_refused_with_the_reader_s_position()
    {
        Should.Throw<InvoicePdfSourceException>(() => InvoicePdfSources.FromXml("<Order/>"u8.ToArray(), Rendering.CreatedAt))
            .Message.ShouldStartWith("The XML is not a UBL or CII invoice: line 1, column 2");
    }
}
