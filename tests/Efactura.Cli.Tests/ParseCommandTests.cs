using System.Text.Json;
using Efactura.Testing;

namespace Efactura.Cli.Tests;

public class ParseCommandTests
{
    [Fact]
    public async Task Parses_ubl_xml_into_the_json_contract()
    {
        var xml = Path.Combine(TestPaths.Examples, "expected", "08-eur-with-ron-vat.xml");

        var run = await CliRun.Of(["parse", xml]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("number").GetString().ShouldBe("SRV-2026-1107");
        json.RootElement.GetProperty("currency").GetString().ShouldBe("EUR");
    }

    [Fact]
    public async Task Parse_then_convert_gives_back_the_same_xml()
    {
        var xmlPath = Path.Combine(TestPaths.Examples, "expected", "16-document-allowances-and-charges.xml");
        var parsed = await CliRun.Of(["parse", xmlPath]);

        var converted = await CliRun.Of(["convert", "-"], parsed.Output);

        converted.ExitCode.ShouldBe(ExitCodes.Ok, converted.Error);
        converted.Output.ShouldBe(await File.ReadAllTextAsync(xmlPath, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Xml_with_a_dtd_is_refused_with_line_and_column()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE Invoice [ <!ENTITY x "boom"> ]>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&x;</Invoice>
            """;

        var run = await CliRun.Of(["parse", "-"], xml);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("line 2");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Not_an_invoice_is_refused()
    {
        var run = await CliRun.Of(["parse", "-"], "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>");

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("Order");
    }
}
