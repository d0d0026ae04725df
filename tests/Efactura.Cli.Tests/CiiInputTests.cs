using System.Text.Json;
using Efactura.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Efactura.Cli.Tests;

/// <summary>parse, validate and render take a CII CrossIndustryInvoice as they take UBL, the syntax told from the root.</summary>
public sealed class CiiInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("efactura-cii-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string CiiFile(string xml, string name = "factura-cii.xml")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, xml);
        return path;
    }

    [Fact]
    public async Task Parse_reads_a_CII_invoice_into_the_json_contract_with_its_stated_totals()
    {
        var run = await CliRun.Of(["parse", CiiFile(CiiSamples.RomanianInvoice())]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.GetProperty("number").GetString().ShouldBe("CII-2026-0001");
        root.GetProperty("supplier").GetProperty("vatNumber").GetString().ShouldBe("RO18547290");
        root.GetProperty("lines").GetArrayLength().ShouldBe(2);
        root.GetProperty("expectedTotals").GetProperty("payable").GetDecimal().ShouldBe(1996.50m);
    }

    [Fact]
    public async Task Parse_then_convert_turns_a_CII_invoice_into_UBL()
    {
        var parsed = await CliRun.Of(["parse", "-"], CiiSamples.RomanianInvoice());

        var converted = await CliRun.Of(["convert", "-"], parsed.Output);

        converted.ExitCode.ShouldBe(ExitCodes.Ok, converted.Error);
        converted.Output.ShouldContain("<cbc:ID>CII-2026-0001</cbc:ID>");
    }

    [Fact]
    public async Task Parse_refuses_a_CII_date_in_another_format_saying_where()
    {
        var xml = CiiSamples.RomanianInvoice().Replace("format=\"102\">20261120", "format=\"102\">2026-11-20", StringComparison.Ordinal);

        var run = await CliRun.Of(["parse", CiiFile(xml)]);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("factura-cii.xml: line 11, column 25:");
        run.Error.ShouldContain("is not a date in format 102 (CCYYMMDD)");
    }

    [Fact]
    public async Task Validate_judges_a_valid_CII_invoice_valid()
    {
        var run = await CliRun.Of(["validate", CiiFile(CiiSamples.RomanianInvoice())]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Output);
        run.Output.ShouldContain("factura-cii.xml: valid");
    }

    [Fact]
    public async Task Validate_reports_the_CIUS_RO_rule_a_CII_invoice_breaks_with_the_field_to_change()
    {
        var xml = CiiSamples.RomanianInvoice().Replace("<ram:CountrySubDivisionName>RO-CJ", "<ram:CountrySubDivisionName>RO-XX", StringComparison.Ordinal);

        var run = await CliRun.Of(["validate", "--format", "json", CiiFile(xml)]);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        using var json = JsonDocument.Parse(run.Output);
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("id").GetString() == "BR-RO-110");
        finding.GetProperty("pointer").GetString().ShouldBe("/supplier/address/county");
    }

    [Fact]
    public async Task Render_makes_a_pdf_of_a_CII_invoice_with_the_CII_attached()
    {
        var target = Path.Combine(folder, "cii.pdf");

        var run = await CliRun.Of(["render", CiiFile(CiiSamples.RomanianInvoice()), "-o", target]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        using var document = PdfDocument.Open(target);
        var text = string.Join(" ", document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
        text.ShouldContain("CII-2026-0001");
        document.Advanced.TryGetEmbeddedFiles(out var files).ShouldBeTrue();
        files.ShouldHaveSingleItem().Bytes.ToArray().ShouldBe(CiiSamples.RomanianInvoiceBytes());
    }
}
