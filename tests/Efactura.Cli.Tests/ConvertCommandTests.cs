using System.Xml.Linq;
using Efactura.Testing;

namespace Efactura.Cli.Tests;

public class ConvertCommandTests
{
    private static string Example(string name) => Path.Combine(TestPaths.Examples, name);

    [Fact]
    public async Task Converts_a_json_invoice_to_ubl_on_standard_output()
    {
        var run = await CliRun.Of(["convert", Example("01-b2b-ron-21.json")]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        var xml = XDocument.Parse(run.Output);
        xml.Root!.Name.LocalName.ShouldBe("Invoice");
        xml.Root.Elements().First().Value.ShouldBe("urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1");
    }

    [Fact]
    public async Task Writes_the_xml_to_the_output_file()
    {
        var target = Path.Combine(Path.GetTempPath(), $"efactura-{Guid.NewGuid():N}.xml");
        try
        {
            var run = await CliRun.Of(["convert", Example("09-credit-note.json"), "-o", target]);

            run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
            run.Output.ShouldBeEmpty();
            XDocument.Load(target).Root!.Name.LocalName.ShouldBe("CreditNote");
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public async Task Reads_standard_input_when_the_file_is_a_dash()
    {
        var json = await File.ReadAllTextAsync(Example("01-b2b-ron-21.json"), TestContext.Current.CancellationToken);

        var run = await CliRun.Of(["convert", "-"], json);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        run.Output.ShouldContain("<cbc:ID>ALF-2026-0001</cbc:ID>");
    }

    [Fact]
    public async Task An_invalid_invoice_exits_1_and_names_every_bad_field()
    {
        const string json = """
            { "number": "X-1", "issueDate": "2026-11-20",
              "supplier": { "name": "A SRL", "vatNumber": "RO18547290", "address": { "street": "S 1", "city": "Cluj-Napoca", "county": "Cluj" } },
              "customer": { "name": "B SRL", "vatNumber": "RO14399840", "address": { "street": "S 2", "city": "Iasi", "county": "Iasi" } },
              "lines": [ { "description": "x", "quantity": 1, "unit": "bucx", "unitPrice": 10, "vatRate": 21 },
                         { "description": "y", "quantity": "abc", "unit": "buc", "unitPrice": 10, "vatRate": 21 } ] }
            """;

        var run = await CliRun.Of(["convert", "-"], json);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("/lines/0/unit");
        run.Error.ShouldContain("/lines/1/quantity");
    }

    [Fact]
    public async Task Malformed_json_exits_1_with_the_position()
    {
        var run = await CliRun.Of(["convert", "-"], "{ \"number\": ");

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("line");
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var run = await CliRun.Of(["convert", "does-not-exist.json"]);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("file not found: does-not-exist.json");
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var run = await CliRun.Of(["convert", Example("01-b2b-ron-21.json"), "--frobnicate"]);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("--frobnicate");
    }
}
