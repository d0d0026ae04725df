using System.Text;
using Efactura.Core.Findings;
using Efactura.Testing;
using Efactura.Ubl;

namespace Efactura.Validation.Tests;

/// <summary>
/// A CII document is validated through the model: read, written as UBL, and judged by the same official rules and own
/// warnings; its findings point at the field of the parsed invoice's JSON and at the term's XPath in that UBL.
/// </summary>
public sealed class CiiValidationTests
{
    // The sample is issued on 2026-11-20: "today" is that day, so the upload deadline has not passed.
    private readonly InvoiceValidator validator = new(new InvoiceValidatorOptions
    {
        TimeProvider = new ManualTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero)),
    });

    [Fact]
    public void A_valid_Romanian_CII_invoice_has_no_finding_under_CIUS_RO_and_EN_16931()
    {
        var cii = CiiSamples.RomanianInvoiceBytes();

        validator.Validate(cii).Findings.ShouldBeEmpty();
        validator.Validate(cii, ValidationProfile.En16931).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void A_CII_invoice_gets_the_findings_of_the_UBL_written_from_it()
    {
        var cii = CiiSamples.RomanianInvoice()
            .Replace("<ram:DuePayableAmount>1996.50", "<ram:DuePayableAmount>1990.00", StringComparison.Ordinal)
            .Replace("<ram:CityName>SECTOR3", "<ram:CityName>Bucuresti", StringComparison.Ordinal);
        var asUbl = new UblWriter().ToBytes(new InvoiceXmlReader().Read(cii));

        var findings = validator.Validate(cii).Findings;

        findings.Select(f => f.Code).ShouldBe(validator.Validate(asUbl).Findings.Select(f => f.Code));
        findings.Select(f => (f.Code, f.Field)).ShouldBe([("BR-CO-16", ""), ("BR-RO-101", "/customer/address/city")], ignoreOrder: true);
        findings.ShouldAllBe(f => f.XPath != null && f.Line == null && f.Column == null);
    }

    [Fact]
    public void Text_bytes_and_a_seekable_stream_give_the_same_findings()
    {
        var cii = CiiSamples.RomanianInvoice().Replace("<ram:CountrySubDivisionName>RO-CJ", "<ram:CountrySubDivisionName>RO-XX", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(cii);

        var fromText = validator.Validate(cii).Findings.Select(f => f.Code).ToList();

        fromText.ShouldContain("BR-RO-110");
        validator.Validate(bytes).Findings.Select(f => f.Code).ShouldBe(fromText);
        validator.Validate(new MemoryStream(bytes)).Findings.Select(f => f.Code).ShouldBe(fromText);
    }

    [Fact]
    public void A_CII_value_that_cannot_be_read_is_reported_where_it_is()
    {
        var cii = CiiSamples.RomanianInvoice().Replace("<ram:DuePayableAmount>1996.50", "<ram:DuePayableAmount>1.996,50", StringComparison.Ordinal);

        var finding = validator.Validate(cii).Findings.ShouldHaveSingleItem();

        finding.Code.ShouldBe("EF-CII-UNREADABLE");
        finding.Severity.ShouldBe(Severity.Fatal);
        finding.Message.ShouldBe("The CII document cannot be read: ram:DuePayableAmount '1.996,50' is not a decimal number");
        finding.Line.ShouldNotBeNull();
    }

    [Fact]
    public void A_CrossIndustryInvoice_root_in_another_namespace_is_not_an_invoice()
    {
        validator.Validate("<CrossIndustryInvoice xmlns=\"urn:example\"/>").Findings.ShouldHaveSingleItem().Code.ShouldBe("EF-XML-ROOT");
    }
}
