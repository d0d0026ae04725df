using System.Text;
using Efactura.Simulator.Rules;
using Efactura.Testing;

namespace Efactura.Simulator.Tests.Rules;

public sealed class CiusRoInvoiceRulesTests
{
    private readonly CiusRoInvoiceRules _rules = new();

    public static TheoryData<string> Examples() =>
        new(Directory.GetFiles(Path.Combine(TestPaths.Examples, "expected"), "*.xml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_the_official_validators_accept_is_ok(string example)
    {
        var xml = File.ReadAllBytes(Path.Combine(TestPaths.Examples, "expected", example));
        var standard = Encoding.UTF8.GetString(xml).Contains("<CreditNote", StringComparison.Ordinal) ? UploadStandard.CN : UploadStandard.UBL;

        var verdict = _rules.Check(xml, standard);

        verdict.Kind.ShouldBe(InvoiceVerdictKind.Accepted, string.Join("\n", verdict.Errors));
    }

    [Fact]
    public void A_wrong_amount_due_is_rejected_with_the_rule_in_ANAF_form()
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"))
            .Replace("<cbc:PayableAmount currencyID=\"RON\">7880.13<", "<cbc:PayableAmount currencyID=\"RON\">7880.31<", StringComparison.Ordinal);

        var verdict = _rules.Check(Encoding.UTF8.GetBytes(xml), UploadStandard.UBL);

        verdict.Kind.ShouldBe(InvoiceVerdictKind.Rejected);
        verdict.Errors.ShouldHaveSingleItem().ShouldStartWith("E: validari globale  SCHEMATRON   eroare: [BR-CO-16]-");
    }

    [Fact]
    public void A_document_that_breaks_the_UBL_schema_is_dropped_without_an_error_file()
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"))
            .Replace("<cbc:IssueDate>", "<cbc:Unknown>x</cbc:Unknown><cbc:IssueDate>", StringComparison.Ordinal);

        var verdict = _rules.Check(Encoding.UTF8.GetBytes(xml), UploadStandard.UBL);

        verdict.ShouldBe(InvoiceVerdict.NotTaken);
        verdict.Errors.ShouldBeEmpty();
    }

    [Fact]
    public void Romanian_rules_carry_the_Romanian_text_then_the_English_one()
    {
        var xml = File.ReadAllText(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"))
            .Replace("CIUS-RO:1.0.1", "CIUS-RO:1.0.0", StringComparison.Ordinal);

        var error = _rules.Check(Encoding.UTF8.GetBytes(xml), UploadStandard.UBL).Errors.ShouldHaveSingleItem();

        error.ShouldStartWith("E: validari globale  SCHEMATRON   eroare: [BR-RO-001]-Identificatorul specificației (BT-24) nu este cel CIUS-RO.#The specification identifier");
    }

    [Fact]
    public void A_valid_Romanian_CII_invoice_is_accepted()
    {
        var verdict = _rules.Check(CiiSamples.RomanianInvoiceBytes(), UploadStandard.CII);

        verdict.Kind.ShouldBe(InvoiceVerdictKind.Accepted, string.Join("\n", verdict.Errors));
    }

    [Fact]
    public void CENs_CII_example_3_adapted_for_CIUS_RO_is_accepted()
    {
        var verdict = _rules.Check(CiiSamples.CenExample3Romanian(), UploadStandard.CII);

        verdict.Kind.ShouldBe(InvoiceVerdictKind.Accepted, string.Join("\n", verdict.Errors));
    }

    [Fact]
    public void A_CII_invoice_with_a_wrong_amount_due_is_rejected_with_the_rule_in_ANAF_form()
    {
        var xml = CiiSamples.RomanianInvoice().Replace("<ram:DuePayableAmount>1996.50<", "<ram:DuePayableAmount>1996.05<", StringComparison.Ordinal);

        var verdict = _rules.Check(Encoding.UTF8.GetBytes(xml), UploadStandard.CII);

        verdict.Kind.ShouldBe(InvoiceVerdictKind.Rejected);
        verdict.Errors.ShouldHaveSingleItem().ShouldStartWith("E: validari globale  SCHEMATRON   eroare: [BR-CO-16]-");
    }

    [Fact]
    public void A_CII_invoice_the_model_cannot_read_is_dropped_without_an_error_file()
    {
        var xml = CiiSamples.RomanianInvoice(issueDate: "2026-11-20");

        var verdict = _rules.Check(Encoding.UTF8.GetBytes(xml), UploadStandard.CII);

        verdict.ShouldBe(InvoiceVerdict.NotTaken);
    }

    [Fact]
    public void Buyer_messages_are_not_checked()
    {
        _rules.Check("<x/>"u8.ToArray(), UploadStandard.RASP).ShouldBe(InvoiceVerdict.Accepted);
    }

    [Fact]
    public void The_simulator_uses_the_full_rules_unless_told_otherwise()
    {
        new SimulatorOptions().Rules.ShouldBeOfType<CiusRoInvoiceRules>();
    }
}
