using Efactura.Anaf.Messages;
using Efactura.Anaf.Results;
using Efactura.Simulator;
using Efactura.Simulator.Rules;
using Efactura.Testing;

namespace Efactura.Anaf.Tests;

/// <summary>The simulator with the project's validator: a real rule failure comes back as ANAF would send it, and is explained.</summary>
public sealed class RuleFailureTests : ClientTest
{
    private const string Seller = "18547290";

    protected override SimulatorOptions ConfigureSimulator(SimulatorOptions options) =>
        options with { ProcessingDelay = TimeSpan.Zero, Rules = new CiusRoInvoiceRules() };

    private static string ExampleText => File.ReadAllText(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"));

    private static byte[] Example(Func<string, string>? change = null)
    {
        var xml = ExampleText;
        var changed = change is null ? xml : change(xml);
        if (change is not null) changed.ShouldNotBe(xml);
        return System.Text.Encoding.UTF8.GetBytes(changed);
    }

    private async Task<MessageStatus> UploadAndWaitAsync(byte[] invoice)
    {
        Simulator.GrantRights(Serial, Seller);
        var upload = await Client.UploadAsync(new UploadRequest(invoice, "RO" + Seller), Cancel);
        var index = upload.ShouldBeOfType<UploadAccepted>().UploadIndex;
        return (await Client.GetStatusAsync(index, Cancel)).Value!;
    }

    [Fact]
    public async Task The_example_as_written_ends_ok()
    {
        var status = await UploadAndWaitAsync(Example());

        status.State.ShouldBe(MessageState.Ok);
    }

    [Fact]
    public async Task Seller_VAT_id_without_country_prefix_ends_nok_with_BR_CO_09_explained()
    {
        var invoice = Example(xml => xml.Replace("<cbc:CompanyID>RO18547290</cbc:CompanyID>", "<cbc:CompanyID>18547290</cbc:CompanyID>", StringComparison.Ordinal));

        var status = await UploadAndWaitAsync(invoice);
        var archive = (await Client.DownloadAsync(status.DownloadId!.Value, Cancel)).Value!;

        status.State.ShouldBe(MessageState.Nok);
        var errors = archive.ErrorFile.ShouldNotBeNull();
        errors.IssuerCif.ShouldBe(Seller);
        errors.Messages.ShouldHaveSingleItem().ShouldStartWith("E: validari globale  SCHEMATRON   eroare: [BR-CO-09]-");
        var explanation = errors.Explanations.ShouldHaveSingleItem();
        explanation.Code.ShouldBe("BR-CO-09");
        explanation.Category.ShouldBe(AnafMessageCategory.InvalidDocument);
        explanation.Explanation.ShouldContain("BR-CO-09");
    }

    [Fact]
    public async Task Every_broken_rule_is_in_the_error_file()
    {
        var invoice = Example(xml => xml
            .Replace("CIUS-RO:1.0.1", "CIUS-RO:1.0.0", StringComparison.Ordinal)
            .Replace("<cbc:PayableAmount currencyID=\"RON\">7880.13<", "<cbc:PayableAmount currencyID=\"RON\">7880.31<", StringComparison.Ordinal));

        var status = await UploadAndWaitAsync(invoice);
        var archive = (await Client.DownloadAsync(status.DownloadId!.Value, Cancel)).Value!;

        archive.ErrorFile!.Explanations.Select(e => e.Code).Order(StringComparer.Ordinal).ShouldBe(["BR-CO-16", "BR-RO-001"]);
    }

    [Fact]
    public async Task Validare_reports_the_same_rules()
    {
        var invoice = Example(xml => xml.Replace("<cbc:CompanyID>RO18547290</cbc:CompanyID>", "<cbc:CompanyID>18547290</cbc:CompanyID>", StringComparison.Ordinal));

        var report = (await Client.ValidateAsync(invoice, ValidationStandard.FACT1, Cancel)).Value!;

        report.IsValid.ShouldBeFalse();
        report.Explanations.ShouldHaveSingleItem().Code.ShouldBe("BR-CO-09");
    }
}
