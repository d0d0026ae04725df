using System.IO.Compression;
using System.Text.Json.Nodes;

namespace Efactura.Cli.Tests.Commands.Anaf;

public sealed class AnafCommandsTests : AnafCliTest
{
    private const string SellerVatWithPrefix = "<cbc:CompanyID>RO18547290</cbc:CompanyID>";
    private const string SellerVatWithoutPrefix = "<cbc:CompanyID>18547290</cbc:CompanyID>";

    private async Task<long> UploadAsync(string file, params string[] options)
    {
        var upload = await Anaf(["upload", file, "--cif", "RO" + Seller, "--token", Token, .. options]);
        upload.ExitCode.ShouldBe(ExitCodes.Ok, upload.Error);
        return long.Parse(upload.Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>examples/01 without a due date (BT-9) or payment terms (BT-20), which ANAF refuses (BR-CO-25).</summary>
    private async Task<string> WithoutDueDateAsync()
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Example("01-b2b-ron-21.json"), Cancel))!.AsObject();
        json.Remove("dueDate").ShouldBeTrue();
        json["payment"]!.AsObject().Remove("terms").ShouldBeTrue();
        var path = Path.Combine(ConfigFolder, $"without-due-date-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json.ToJsonString(), Cancel);
        return path;
    }

    private static long DownloadIdOf(CliRun status) =>
        long.Parse(status.Output.Trim().Split("id_descarcare=")[1], System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_json_invoice_is_converted_uploaded_and_ends_ok()
    {
        var index = await UploadAsync(Example("01-b2b-ron-21.json"));

        var status = await Anaf("status", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "--token", Token);

        status.ExitCode.ShouldBe(ExitCodes.Ok, status.Error);
        status.Output.ShouldStartWith("ok id_descarcare=");
        Simulator.Uploads(Efactura.Simulator.AnafEnvironment.Test).ShouldHaveSingleItem().DocumentNumber.ShouldBe("ALF-2026-0001");
    }

    [Fact]
    public async Task A_broken_invoice_ends_nok_and_its_download_explains_the_rule_and_verifies()
    {
        var index = await UploadAsync(BrokenExample(SellerVatWithPrefix, SellerVatWithoutPrefix), "--no-validate");
        var status = await Anaf("status", $"{index}", "--token", Token);
        var zip = Path.Combine(ConfigFolder, "nok.zip");

        var download = await Anaf("download", $"{DownloadIdOf(status)}", "-o", zip, "--token", Token);
        var simulatorCertificate = Path.Combine(ConfigFolder, "simulator.pem");
        await File.WriteAllTextAsync(simulatorCertificate, Simulator.SigningCertificate.ExportCertificatePem(), Cancel);
        var verify = await Anaf("verify", zip, "--trust", simulatorCertificate);
        var untrusted = await Anaf("verify", zip);

        status.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        status.Output.ShouldStartWith("nok id_descarcare=");
        download.ExitCode.ShouldBe(ExitCodes.Ok, download.Error);
        download.Output.ShouldContain($"{index}.xml + semnatura_{index}.xml");
        download.Output.ShouldContain("BR-CO-09: E: validari globale  SCHEMATRON   eroare: [BR-CO-09]-");
        download.Output.ShouldContain("fix: ");
        verify.ExitCode.ShouldBe(ExitCodes.Ok, verify.Error);
        verify.Output.ShouldContain("signer: CN=ANAF SIMULATOR");
        verify.Output.ShouldContain("valid enveloped (ANAF's test formatting undone) signature over");
        verify.Output.ShouldContain("verified: signed by simulator.pem");
        untrusted.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        untrusted.Output.ShouldContain("valid enveloped (ANAF's test formatting undone) signature over");
        untrusted.Error.ShouldContain("UNKNOWN SIGNER: the signer (CN=ANAF SIMULATOR");
    }

    [Fact]
    public async Task Verify_refuses_a_zip_whose_document_changed_by_one_byte()
    {
        var index = await UploadAsync(Example("01-b2b-ron-21.json"));
        var status = await Anaf("status", $"{index}", "--token", Token);
        var zip = Path.Combine(ConfigFolder, "ok.zip");
        (await Anaf("download", $"{DownloadIdOf(status)}", "-o", zip, "--token", Token)).ExitCode.ShouldBe(ExitCodes.Ok);
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Update))
        {
            var entry = archive.GetEntry($"{index}.xml")!;
            string text;
            using (var reader = new StreamReader(entry.Open())) text = await reader.ReadToEndAsync(Cancel);
            entry.Delete();
            using var writer = new StreamWriter(archive.CreateEntry($"{index}.xml").Open());
            await writer.WriteAsync(text.Replace("ALF-2026-0001", "ALF-2026-0002", StringComparison.Ordinal));
        }

        var verify = await Anaf("verify", zip);

        verify.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        verify.Error.ShouldContain("INVALID signature");
    }

    [Fact]
    public async Task Messages_lists_the_sent_invoice()
    {
        var index = await UploadAsync(Example("01-b2b-ron-21.json"));

        var messages = await Anaf("messages", "--cif", Seller, "--days", "1", "--filter", "T", "--token", Token);

        messages.ExitCode.ShouldBe(ExitCodes.Ok, messages.Error);
        var lines = messages.Output.TrimEnd().Split('\n');
        lines[0].ShouldBe("data_creare\ttip\tid_solicitare\tid\tdetalii");
        lines[1].ShouldContain($"\tFACTURA TRIMISA\t{index}\t");
        lines[1].ShouldContain($"Factura cu id_incarcare={index} emisa de cif_emitent={Seller} pentru cif_beneficiar=14399840");
    }

    [Fact]
    public async Task An_upload_for_a_CIF_without_rights_is_refused_with_the_explanation()
    {
        var upload = await Anaf("upload", Example("01-b2b-ron-21.json"), "--cif", "1234", "--token", Token);

        upload.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        upload.Output.ShouldBeEmpty();
        upload.Error.ShouldContain("ANAF-NO-SPV-RIGHTS: Nu aveti drept in SPV pentru CIF=1234");
    }

    [Fact]
    public async Task An_invalid_json_invoice_is_not_sent()
    {
        var json = Path.Combine(ConfigFolder, "bad.json");
        await File.WriteAllTextAsync(json, """{ "number": "X-1" }""", Cancel);

        var upload = await Anaf("upload", json, "--cif", Seller, "--token", Token);

        upload.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        Simulator.Uploads(Efactura.Simulator.AnafEnvironment.Test).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_invoice_ANAF_would_refuse_is_not_sent_and_its_findings_are_printed()
    {
        var withoutDueDate = await WithoutDueDateAsync();

        var fromJson = await Anaf("upload", withoutDueDate, "--cif", Seller, "--token", Token);
        var fromXml = await Anaf("upload", BrokenExample(SellerVatWithPrefix, SellerVatWithoutPrefix), "--cif", Seller, "--token", Token);

        fromJson.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        fromJson.Output.ShouldBeEmpty();
        fromJson.Error.ShouldContain("error   BR-CO-25");
        fromXml.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        fromXml.Error.ShouldContain("error   BR-CO-09");
        fromXml.Error.ShouldContain("(line ");
        Simulator.Uploads(Efactura.Simulator.AnafEnvironment.Test).ShouldBeEmpty();
    }

    [Fact]
    public async Task No_validate_sends_it_anyway_and_ANAF_judges_it()
    {
        var withoutDueDate = await WithoutDueDateAsync();

        var index = await UploadAsync(withoutDueDate, "--no-validate");
        var status = await Anaf("status", $"{index}", "--token", Token);

        status.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        status.Output.ShouldStartWith("nok id_descarcare=");
        Simulator.Uploads(Efactura.Simulator.AnafEnvironment.Test).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Validate_remote_says_ok_or_nok_with_the_rules_explained()
    {
        var ok = await Anaf("validate-remote", Example("09-credit-note.json"));
        var nok = await Anaf("validate-remote", BrokenExample(SellerVatWithPrefix, SellerVatWithoutPrefix));

        ok.ExitCode.ShouldBe(ExitCodes.Ok, ok.Output + ok.Error);
        ok.Output.ShouldStartWith("ok (trace_id ");
        nok.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        nok.Output.ShouldStartWith("nok");
        nok.Output.ShouldContain("BR-CO-09: ");
    }

    [Fact]
    public async Task Pdf_remote_writes_ANAF_pdf()
    {
        var pdf = Path.Combine(ConfigFolder, "factura.pdf");

        var run = await Anaf("pdf-remote", Path.Combine(Efactura.Testing.TestPaths.Examples, "expected", "01-b2b-ron-21.xml"), "-o", pdf);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        (await File.ReadAllBytesAsync(pdf, Cancel)).AsSpan().StartsWith("%PDF-"u8).ShouldBeTrue();
    }

    [Fact]
    public async Task A_refused_token_exits_1_and_says_to_log_in_again()
    {
        var status = await Anaf("status", "1", "--token", "not-a-token");

        status.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        status.Error.ShouldContain("HTTP 403");
    }

    [Theory]
    [InlineData("staging")]
    [InlineData("ftp://127.0.0.1/")]
    public async Task An_environment_that_is_not_test_prod_or_a_URL_is_a_usage_error(string env)
    {
        var run = await Run(["anaf", "status", "1", "--env", env, "--token", "t"]);

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("--env must be test, prod, or a simulator URL");
    }

    [Fact]
    public async Task Without_a_login_a_command_is_a_usage_error_that_says_how_to_log_in()
    {
        var run = await Anaf("status", "1");

        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("not logged in to");
        run.Error.ShouldContain("efactura anaf login --env");
    }

    [Fact]
    public async Task A_missing_required_option_is_a_usage_error()
    {
        (await Anaf("upload", Example("01-b2b-ron-21.json"))).ExitCode.ShouldBe(ExitCodes.Usage);
        (await Anaf("messages", "--days", "0", "--cif", Seller, "--token", Token)).ExitCode.ShouldBe(ExitCodes.Usage);
    }

    [Theory]
    [InlineData("login")]
    [InlineData("upload")]
    [InlineData("status")]
    [InlineData("messages")]
    [InlineData("download")]
    [InlineData("verify")]
    [InlineData("validate-remote")]
    [InlineData("pdf-remote")]
    public async Task Every_anaf_command_explains_itself(string command)
    {
        var run = await Run(["anaf", command, "--help"]);

        run.ExitCode.ShouldBe(ExitCodes.Ok);
        run.Output.ShouldContain("Usage:");
        run.Output.ShouldContain("--env");
    }
}
