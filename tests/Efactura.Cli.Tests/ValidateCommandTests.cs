using System.Text.Json;
using System.Xml.Linq;
using Efactura.Testing;

namespace Efactura.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("efactura-validate-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Example(string name) => Path.Combine(TestPaths.Examples, name);

    private static string ExampleXml(string name) => Path.Combine(TestPaths.Examples, "expected", name);

    /// <summary>Example 01 with an invoice number without a digit: fails BR-RO-010 (CIUS-RO only).</summary>
    private string InvalidXml(string fileName = "invalid.xml")
    {
        var path = Path.Combine(folder, fileName);
        var xml = File.ReadAllText(ExampleXml("01-b2b-ron-21.xml")).Replace("<cbc:ID>ALF-2026-0001</cbc:ID>", "<cbc:ID>ABC</cbc:ID>", StringComparison.Ordinal);
        File.WriteAllText(path, xml);
        return path;
    }

    [Fact]
    public async Task Valid_files_exit_0_with_a_summary()
    {
        var run = await CliRun.Of(["validate", Example("01-b2b-ron-21.json"), ExampleXml("09-credit-note.xml")]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        run.Output.ShouldContain("01-b2b-ron-21.json: valid");
        run.Output.ShouldContain("Files");
        run.Output.ShouldContain("Invalid");
    }

    [Fact]
    public async Task An_invalid_file_exits_1_and_names_the_rule_with_its_position_and_fix()
    {
        var run = await CliRun.Of(["validate", InvalidXml(), Example("01-b2b-ron-21.json")]);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Output.ShouldContain("(INVALID): 1 error");
        run.Output.ShouldContain("BR-RO-010");
        run.Output.ShouldContain("(line 2, column 2)");
        run.Output.ShouldContain("fix:");
        run.Output.ShouldContain("Top rules fired");
    }

    [Fact]
    public async Task The_en16931_profile_does_not_apply_the_Romanian_rules()
    {
        var run = await CliRun.Of(["validate", "--profile", "en16931", InvalidXml()]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Output);
        run.Output.ShouldContain("efactura validate (en16931)");
    }

    [Fact]
    public async Task A_folder_is_searched_for_xml_and_json_files()
    {
        var run = await CliRun.Of(["validate", "--format", "json", "--official-only", TestPaths.Examples]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Output);
        using var report = JsonDocument.Parse(run.Output);
        var files = report.RootElement.GetProperty("files").EnumerateArray().ToList();
        var expected = Directory.GetFiles(TestPaths.Examples, "*.json", SearchOption.AllDirectories).Length
            + Directory.GetFiles(TestPaths.Examples, "*.xml", SearchOption.AllDirectories).Length;
        expected.ShouldBeGreaterThan(50);
        files.Count.ShouldBe(expected);
        files.Select(f => f.GetProperty("format").GetString()).Distinct().Order().ShouldBe(["json", "xml"]);
        files.ShouldAllBe(f => f.GetProperty("valid").GetBoolean());
        report.RootElement.GetProperty("summary").GetProperty("valid").GetInt32().ShouldBe(expected);
    }

    [Fact]
    public async Task Json_format_gives_each_files_verdict_and_each_findings_id_flag_and_pointer()
    {
        var json = File.ReadAllText(Example("01-b2b-ron-21.json")).Replace("\"ALF-2026-0001\"", "\"ABC\"", StringComparison.Ordinal);
        var path = Path.Combine(folder, "broken.json");
        File.WriteAllText(path, json);

        var run = await CliRun.Of(["validate", "--format", "json", path]);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        using var report = JsonDocument.Parse(run.Output);
        var file = report.RootElement.GetProperty("files")[0];
        file.GetProperty("path").GetString().ShouldBe(path);
        file.GetProperty("valid").GetBoolean().ShouldBeFalse();
        var finding = file.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "BR-RO-010");
        finding.GetProperty("flag").GetString().ShouldBe("fatal");
        finding.GetProperty("pointer").GetString().ShouldBe("/number");
        finding.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        run.Error.ShouldContain("Invalid");
    }

    [Fact]
    public async Task Standard_input_is_read_as_xml_or_json()
    {
        var xml = await CliRun.Of(["validate", "--format", "json", "-"], File.ReadAllText(InvalidXml()));
        var json = await CliRun.Of(["validate", "--format", "json", "-"], File.ReadAllText(Example("01-b2b-ron-21.json")));

        xml.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        using var xmlReport = JsonDocument.Parse(xml.Output);
        xmlReport.RootElement.GetProperty("files")[0].GetProperty("format").GetString().ShouldBe("xml");
        xmlReport.RootElement.GetProperty("files")[0].GetProperty("path").GetString().ShouldBe("stdin");
        json.ExitCode.ShouldBe(ExitCodes.Ok, json.Output);
        using var jsonReport = JsonDocument.Parse(json.Output);
        jsonReport.RootElement.GetProperty("files")[0].GetProperty("format").GetString().ShouldBe("json");
    }

    [Fact]
    public async Task Junit_format_has_one_case_per_file_and_a_failure_per_invalid_file()
    {
        var target = Path.Combine(folder, "report.xml");

        var run = await CliRun.Of(["validate", "--format", "junit", "-o", target, InvalidXml(), Example("01-b2b-ron-21.json")]);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        var suite = XDocument.Load(target).Root!.Element("testsuite")!;
        suite.Attribute("tests")!.Value.ShouldBe("2");
        suite.Attribute("failures")!.Value.ShouldBe("1");
        var failure = suite.Elements("testcase").Single(c => c.Element("failure") is not null);
        failure.Attribute("name")!.Value.ShouldEndWith("invalid.xml");
        failure.Element("failure")!.Value.ShouldContain("BR-RO-010");
        run.Output.ShouldContain("Files");
    }

    [Fact]
    public async Task Html_report_is_a_complete_page_with_every_value_escaped()
    {
        var target = Path.Combine(folder, "report.html");

        var run = await CliRun.Of(["validate", "--format", "html", "--output", target, InvalidXml("<script>x&y.xml"), Example("01-b2b-ron-21.json")]);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        var html = File.ReadAllText(target);
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<td id=\"invalid\" class=\"invalid\">1</td>");
        html.ShouldContain("BR-RO-010");
        html.ShouldNotContain("<script");
        html.ShouldContain("&lt;script&gt;x&amp;y.xml");
        html.ShouldContain("Fix: ");
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate --profile peppol x.xml")]
    [InlineData("validate --format pdf x.xml")]
    [InlineData("validate does-not-exist.xml")]
    public async Task Usage_errors_exit_2(string command)
    {
        var run = await CliRun.Of(command.Split(' '));

        run.ExitCode.ShouldBe(ExitCodes.Usage, run.Error);
        run.Error.ShouldContain("efactura");
    }

    [Fact]
    public async Task A_text_report_cannot_go_to_a_file()
    {
        var run = await CliRun.Of(["validate", "-o", Path.Combine(folder, "x.txt"), Example("01-b2b-ron-21.json")]);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("--format");
    }

    [Fact]
    public async Task A_folder_without_invoices_is_a_usage_error()
    {
        var run = await CliRun.Of(["validate", folder]);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("no .xml or .json files");
    }
}
