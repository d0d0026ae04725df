using Efactura.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Efactura.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("efactura-render-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Example(string name) => Path.Combine(TestPaths.Examples, name);

    private static string Text(string pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
        return string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Renders_a_json_invoice_to_a_pdf_with_its_xml_attached()
    {
        var target = Path.Combine(folder, "invoice.pdf");

        var run = await CliRun.Of(["render", Example("01-b2b-ron-21.json"), "-o", target]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        var text = Text(target);
        text.ShouldContain("FACTURĂ");
        text.ShouldContain("ALF-2026-0001");
        text.ShouldContain("RO18547290");
        text.ShouldContain("TOTAL DE PLATĂ 7.880,13 RON");
        using var document = PdfDocument.Open(target);
        document.Advanced.TryGetEmbeddedFiles(out var files).ShouldBeTrue();
        files.ShouldHaveSingleItem().Name.ShouldBe("ALF-2026-0001.xml");
    }

    [Fact]
    public async Task Renders_a_real_ANAF_zip_in_english_naming_its_upload_index()
    {
        var zip = Path.Combine(TestPaths.RequireShared(), "anaf-recordings", "prod", "4186086961.zip");
        var target = Path.Combine(folder, "anaf.pdf");

        var run = await CliRun.Of(["render", zip, "-o", target, "--lang", "en"]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        run.Error.ShouldContain("ANAF upload index 4186086961");
        var text = Text(target);
        text.ShouldContain("Upload index: 4186086961");
        text.ShouldContain("GRS1913049");
        text.ShouldContain("AMOUNT DUE");
    }

    [Fact]
    public async Task Reads_ubl_xml_from_standard_input()
    {
        var xml = await File.ReadAllTextAsync(Path.Combine(TestPaths.Examples, "expected", "09-credit-note.xml"), TestContext.Current.CancellationToken);
        var target = Path.Combine(folder, "credit.pdf");

        var run = await CliRun.Of(["render", "-", "-o", target], xml);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        Text(target).ShouldContain("NOTĂ DE CREDIT");
    }

    [Fact]
    public async Task A_rejected_upload_s_zip_exits_1_saying_why()
    {
        var zip = Path.Combine(TestPaths.RequireShared(), "anaf-recordings", "nok", "3828.zip");
        var target = Path.Combine(folder, "nok.pdf");

        var run = await CliRun.Of(["render", zip, "-o", target]);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("3828.xml in the ZIP is not an invoice");
        File.Exists(target).ShouldBeFalse();
    }

    [Fact]
    public async Task An_invalid_json_invoice_exits_1_with_its_findings()
    {
        var target = Path.Combine(folder, "bad.pdf");

        var run = await CliRun.Of(["render", "-", "-o", target], """{ "number": "X-1" }""");

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("/issueDate");
        File.Exists(target).ShouldBeFalse();
    }

    [Theory]
    [InlineData("render", "examples")]
    [InlineData("render", "x.json", "-o", "-")]
    [InlineData("render", "x.json", "-o", "out.pdf", "--lang", "de")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        var run = await CliRun.Of(args);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
    }
}
