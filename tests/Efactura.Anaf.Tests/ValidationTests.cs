using Efactura.Anaf.Results;
using Efactura.Simulator.Tests;

namespace Efactura.Anaf.Tests;

public sealed class ValidationTests : ClientTest
{
    [Fact]
    public async Task Valid_invoice_validates_ok()
    {
        var report = (await Client.ValidateAsync(SampleDocuments.Invoice(), ValidationStandard.FACT1, Cancel)).Value!;

        report.IsValid.ShouldBeTrue();
        report.Messages.ShouldBeEmpty();
        Guid.TryParse(report.TraceId, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Invalid_invoice_gets_explained_rule_failures()
    {
        var report = (await Client.ValidateAsync(SampleDocuments.Invoice(withBuyerName: false), ValidationStandard.FACT1, Cancel)).Value!;

        report.IsValid.ShouldBeFalse();
        report.Explanations.ShouldHaveSingleItem().Code.ShouldBe("BR-07");
    }

    [Fact]
    public async Task Firewall_on_validare_is_typed()
    {
        var document = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(SampleDocuments.Invoice())
            .Replace("<cbc:IssueDate>", "<cbc:Note>Str. X;CP 1</cbc:Note><cbc:IssueDate>", StringComparison.Ordinal));

        (await Client.ValidateAsync(document, ValidationStandard.FACT1, Cancel)).Error!.Kind.ShouldBe(AnafErrorKind.Firewall);
    }

    [Fact]
    public async Task Pdf_comes_back_as_bytes_and_a_nok_as_refusal()
    {
        var pdf = await Client.TransformToPdfAsync(SampleDocuments.Invoice(), ValidationStandard.FACT1, cancellationToken: Cancel);
        var refused = await Client.TransformToPdfAsync(SampleDocuments.Invoice(withBuyerName: false), ValidationStandard.FACT1, cancellationToken: Cancel);
        var unvalidated = await Client.TransformToPdfAsync(SampleDocuments.Invoice(withBuyerName: false), ValidationStandard.FACT1, validate: false, Cancel);

        System.Text.Encoding.ASCII.GetString(pdf.Value!).ShouldStartWith("%PDF-");
        refused.Error!.Kind.ShouldBe(AnafErrorKind.Refused);
        refused.Error.Explanation!.Code.ShouldBe("BR-07");
        unvalidated.IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task Remote_signature_check_accepts_the_pair_and_refuses_a_lone_file()
    {
        var index = await UploadAsync();
        Clock.Advance(TimeSpan.FromMinutes(1));
        var id = (await Client.GetStatusAsync(index, Cancel)).Value!.DownloadId!.Value;
        var contents = (await Client.DownloadAsync(id, Cancel)).Value!.Contents;

        var valid = await Client.ValidateSignatureAsync(contents.Document, contents.Signature, Cancel);
        var swapped = await Client.ValidateSignatureAsync(contents.Signature, contents.Document, Cancel);
        var empty = await Client.ValidateSignatureAsync(contents.Document, [], Cancel);

        valid.Value!.IsValid.ShouldBeTrue();
        swapped.Value!.IsValid.ShouldBeFalse();
        empty.Error!.Kind.ShouldBe(AnafErrorKind.BadRequest);
        empty.Error.Explanation!.Code.ShouldBe("ANAF-SIGNATURE-REQUEST-INVALID");
    }
}
