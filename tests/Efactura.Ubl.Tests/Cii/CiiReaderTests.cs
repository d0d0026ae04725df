using Efactura.Core.Model;

namespace Efactura.Ubl.Tests.Cii;

/// <summary>Business terms whose CII binding differs from UBL's read into the same model.</summary>
public class CiiReaderTests
{
    private const string Open =
        "<rsm:CrossIndustryInvoice xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\" " +
        "xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\" " +
        "xmlns:udt=\"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100\" " +
        "xmlns:qdt=\"urn:un:unece:uncefact:data:standard:QualifiedDataType:100\">";

    private static Invoice Read(string document, string settlement = "", string agreement = "") => new InvoiceXmlReader().Read(
        Open + "<rsm:ExchangedDocument>" + document + "</rsm:ExchangedDocument><rsm:SupplyChainTradeTransaction>"
        + "<ram:ApplicableHeaderTradeAgreement>" + agreement + "</ram:ApplicableHeaderTradeAgreement>"
        + "<ram:ApplicableHeaderTradeSettlement>" + settlement + "</ram:ApplicableHeaderTradeSettlement>"
        + "</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>");

    [Fact]
    public void A_credit_note_is_the_type_code_381_under_the_same_root()
    {
        var invoice = Read("<ram:ID>CN-1</ram:ID><ram:TypeCode>381</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format=\"102\">20260115</udt:DateTimeString></ram:IssueDateTime>");

        invoice.IsCreditNote.ShouldBeTrue();
        invoice.IssueDate.ShouldBe(new DateOnly(2026, 1, 15));
    }

    [Fact]
    public void A_note_subject_code_is_its_own_element()
    {
        var invoice = Read("<ram:IncludedNote><ram:Content>Capital social 200 lei</ram:Content><ram:SubjectCode>REG</ram:SubjectCode></ram:IncludedNote>");

        invoice.Notes.ShouldHaveSingleItem().ShouldBe(new InvoiceNote("Capital social 200 lei", "REG"));
    }

    [Fact]
    public void The_seller_vat_and_tax_registration_ids_are_told_apart_by_scheme()
    {
        var invoice = Read("", agreement:
            "<ram:SellerTradeParty><ram:Name>Furnizor SRL</ram:Name><ram:Description>J40/1/2020</ram:Description>"
            + "<ram:SpecifiedLegalOrganization><ram:ID>12345678</ram:ID><ram:TradingBusinessName>Furnizor</ram:TradingBusinessName></ram:SpecifiedLegalOrganization>"
            + "<ram:PostalTradeAddress><ram:CityName>SECTOR1</ram:CityName><ram:CountryID>RO</ram:CountryID><ram:CountrySubDivisionName>RO-B</ram:CountrySubDivisionName></ram:PostalTradeAddress>"
            + "<ram:URIUniversalCommunication><ram:URIID schemeID=\"EM\">f@example.ro</ram:URIID></ram:URIUniversalCommunication>"
            + "<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"VA\">RO12345678</ram:ID></ram:SpecifiedTaxRegistration>"
            + "<ram:SpecifiedTaxRegistration><ram:ID schemeID=\"FC\">12345678</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>");

        var seller = invoice.Seller;
        (seller.Name, seller.TradingName, seller.AdditionalLegalInformation).ShouldBe(("Furnizor SRL", "Furnizor", "J40/1/2020"));
        (seller.VatIdentifier, seller.TaxRegistrationId, seller.LegalRegistrationId?.Value).ShouldBe(("RO12345678", "12345678", "12345678"));
        seller.ElectronicAddress.ShouldBe(new Identifier("f@example.ro", "EM"));
        (seller.Address.City, seller.Address.CountrySubdivision, seller.Address.CountryCode).ShouldBe(("SECTOR1", "RO-B", "RO"));
    }

    [Fact]
    public void A_direct_debit_gets_the_document_level_mandate_creditor_and_remittance()
    {
        var invoice = Read("", settlement:
            "<ram:CreditorReferenceID>RO12ZZZ123</ram:CreditorReferenceID><ram:PaymentReference>INV-7</ram:PaymentReference>"
            + "<ram:InvoiceCurrencyCode>RON</ram:InvoiceCurrencyCode>"
            + "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>59</ram:TypeCode>"
            + "<ram:PayerPartyDebtorFinancialAccount><ram:IBANID>RO49AAAA1B31007593840000</ram:IBANID></ram:PayerPartyDebtorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>"
            + "<ram:SpecifiedTradePaymentTerms><ram:DirectDebitMandateID>M-1</ram:DirectDebitMandateID>"
            + "<ram:DueDateDateTime><udt:DateTimeString format=\"102\">20260301</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>");

        var payment = invoice.PaymentInstructions.ShouldHaveSingleItem();
        payment.RemittanceInformation.ShouldBe("INV-7");
        payment.DirectDebit.ShouldBe(new DirectDebit("M-1", new Identifier("RO12ZZZ123"), "RO49AAAA1B31007593840000"));
        invoice.DueDate.ShouldBe(new DateOnly(2026, 3, 1));
    }

    [Fact]
    public void The_VAT_total_in_the_accounting_currency_is_the_one_in_RON()
    {
        var invoice = Read("", settlement:
            "<ram:TaxCurrencyCode>RON</ram:TaxCurrencyCode><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>"
            + "<ram:ApplicableTradeTax><ram:CalculatedAmount>21</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>100</ram:BasisAmount>"
            + "<ram:CategoryCode>S</ram:CategoryCode><ram:DueDateTypeCode>5</ram:DueDateTypeCode><ram:RateApplicablePercent>21</ram:RateApplicablePercent></ram:ApplicableTradeTax>"
            + "<ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxTotalAmount currencyID=\"EUR\">21</ram:TaxTotalAmount>"
            + "<ram:TaxTotalAmount currencyID=\"RON\">106.89</ram:TaxTotalAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>");

        (invoice.Totals.VatTotal, invoice.Totals.VatTotalInTaxCurrency).ShouldBe((21m, 106.89m));
        invoice.VatBreakdown.ShouldHaveSingleItem().Rate.ShouldBe(21m);
        invoice.InvoicePeriod!.VatPointDateCode.ShouldBe("5");
    }

    [Fact]
    public void A_preceding_invoice_reads_with_its_formatted_issue_date()
    {
        var invoice = Read("", settlement:
            "<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>F-100</ram:IssuerAssignedID>"
            + "<ram:FormattedIssueDateTime><qdt:DateTimeString format=\"102\">20251201</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument>");

        invoice.PrecedingInvoices.ShouldHaveSingleItem().ShouldBe(new PrecedingInvoiceReference("F-100", new DateOnly(2025, 12, 1)));
    }

    [Fact]
    public void A_UBL_document_still_reads_through_the_same_reader()
    {
        var ubl = new UblWriter().ToBytes(Read("<ram:ID>F-1</ram:ID>", settlement: "<ram:InvoiceCurrencyCode>RON</ram:InvoiceCurrencyCode>"));

        new InvoiceXmlReader().Read(new MemoryStream(ubl)).Number.ShouldBe("F-1");
    }
}
