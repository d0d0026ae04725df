using System.Text;
using Efactura.Testing;

namespace Efactura.Ubl.Tests.Cii;

/// <summary>The syntax is told from the root element alone, with the same hardened parse.</summary>
public class InvoiceSyntaxTests
{
    [Fact]
    public void A_CII_a_UBL_invoice_and_a_UBL_credit_note_are_told_apart_by_their_root()
    {
        var ubl = File.ReadAllBytes(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"));
        var creditNote = File.ReadAllBytes(Path.Combine(TestPaths.Examples, "expected", "09-credit-note.xml"));

        InvoiceXmlReader.DetectSyntax(CiiSamples.RomanianInvoiceBytes()).ShouldBe(InvoiceSyntax.Cii);
        InvoiceXmlReader.DetectSyntax(ubl).ShouldBe(InvoiceSyntax.Ubl);
        InvoiceXmlReader.DetectSyntax(creditNote).ShouldBe(InvoiceSyntax.Ubl);
    }

    [Theory]
    [InlineData("<CrossIndustryInvoice xmlns=\"urn:example\"/>")]
    [InlineData("<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>")]
    [InlineData("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\">&x;</rsm:CrossIndustryInvoice>")]
    [InlineData("not XML")]
    [InlineData("")]
    public void Anything_else_is_unknown(string xml)
    {
        InvoiceXmlReader.DetectSyntax(Encoding.UTF8.GetBytes(xml)).ShouldBe(InvoiceSyntax.Unknown);
    }
}
