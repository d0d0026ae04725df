using System.Text;
using Efactura.Simulator.Rules;
using Efactura.Testing;

namespace Efactura.Simulator.Tests.Rules;

public sealed class StructuralInvoiceRulesTests
{
    private readonly StructuralInvoiceRules _rules = new();

    [Fact]
    public void A_complete_CII_invoice_is_accepted()
    {
        _rules.Check(CiiSamples.RomanianInvoiceBytes(), UploadStandard.CII).ShouldBe(InvoiceVerdict.Accepted);
    }

    [Fact]
    public void A_CII_invoice_without_its_number_and_lines_is_rejected_with_the_mandatory_element_rules()
    {
        var xml = CiiSamples.RomanianInvoice();
        var start = xml.IndexOf("<ram:IncludedSupplyChainTradeLineItem>", StringComparison.Ordinal);
        var end = xml.LastIndexOf("</ram:IncludedSupplyChainTradeLineItem>", StringComparison.Ordinal) + "</ram:IncludedSupplyChainTradeLineItem>".Length;
        xml = xml.Remove(start, end - start).Replace("<ram:ID>CII-2026-0001</ram:ID>", "", StringComparison.Ordinal);

        var verdict = _rules.Check(Encoding.UTF8.GetBytes(xml), UploadStandard.CII);

        verdict.Kind.ShouldBe(InvoiceVerdictKind.Rejected);
        verdict.Errors.Select(e => e[(e.IndexOf('[', StringComparison.Ordinal) + 1)..e.IndexOf(']', StringComparison.Ordinal)])
            .ShouldBe(["BR-02", "BR-16"]);
    }

    [Fact]
    public void A_CII_invoice_with_another_specification_identifier_breaks_BR_RO_001()
    {
        var xml = CiiSamples.RomanianInvoice().Replace("CIUS-RO:1.0.1", "CIUS-RO:1.0.0", StringComparison.Ordinal);

        _rules.Check(Encoding.UTF8.GetBytes(xml), UploadStandard.CII).Errors.ShouldHaveSingleItem().ShouldContain("[BR-RO-001]-");
    }

    [Fact]
    public void Buyer_messages_are_not_checked()
    {
        _rules.Check("<x/>"u8.ToArray(), UploadStandard.RASP).ShouldBe(InvoiceVerdict.Accepted);
    }
}
