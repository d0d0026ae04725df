using System.Text.Json.Nodes;
using System.Xml.Linq;
using Efactura.Testing;

namespace Efactura.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("efactura-convert-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Example(string name) => Path.Combine(TestPaths.Examples, name);

    /// <summary>examples/01 changed by <paramref name="change"/>, saved in this test's folder.</summary>
    private string ChangedExample(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(File.ReadAllText(Example("01-b2b-ron-21.json")))!.AsObject();
        change(json);
        var path = Path.Combine(folder, $"changed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    /// <summary>examples/01 without a due date (BT-9) or payment terms (BT-20): ANAF refuses it (BR-CO-25).</summary>
    private string WithoutDueDate() => ChangedExample(json =>
    {
        json.Remove("dueDate").ShouldBeTrue();
        json["payment"]!.AsObject().Remove("terms").ShouldBeTrue();
    });

    [Fact]
    public async Task An_invoice_the_official_rules_refuse_is_not_written_and_every_finding_is_printed()
    {
        var target = Path.Combine(folder, "invoice.xml");

        var run = await CliRun.Of(["convert", WithoutDueDate(), "-o", target]);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("1 error");
        run.Error.ShouldContain("error   BR-CO-25");
        run.Error.ShouldContain("fix: ");
        File.Exists(target).ShouldBeFalse();
        Directory.EnumerateFiles(folder, "*.xml").ShouldBeEmpty("no partial file either");
    }

    [Fact]
    public async Task No_validate_writes_the_xml_without_the_official_rules()
    {
        var target = Path.Combine(folder, "invoice.xml");

        var run = await CliRun.Of(["convert", WithoutDueDate(), "--no-validate", "-o", target]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        run.Error.ShouldBeEmpty();
        var xml = XDocument.Load(target);
        xml.Root!.Name.LocalName.ShouldBe("Invoice");
        xml.Root.Elements().ShouldNotContain(e => e.Name.LocalName == "DueDate");
    }

    [Fact]
    public async Task The_profile_chooses_the_rules_ciusro_by_default()
    {
        // An invoice number without a digit breaks only the Romanian BR-RO-010.
        var path = ChangedExample(json => json["number"] = "ABC");

        var ciusRo = await CliRun.Of(["convert", path]);
        var en16931 = await CliRun.Of(["convert", "--profile", "en16931", path]);

        ciusRo.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        ciusRo.Error.ShouldContain("BR-RO-010 at /number");
        ciusRo.Output.ShouldBeEmpty();
        en16931.ExitCode.ShouldBe(ExitCodes.Ok, en16931.Error);
        en16931.Output.ShouldContain("<cbc:ID>ABC</cbc:ID>");
    }

    [Fact]
    public async Task Warnings_are_printed_and_do_not_stop_the_conversion()
    {
        // examples/01 was issued on 2026-11-20; a month after the test clock's day its upload deadline has passed.
        var path = ChangedExample(json => json["issueDate"] = TestClock.Start.AddMonths(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var run = await CliRun.Of(["convert", path]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        run.Error.ShouldContain("0 errors, 1 warning");
        run.Error.ShouldContain("warning EF-DEADLINE-PASSED");
        run.Output.ShouldStartWith("<?xml");
    }

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
