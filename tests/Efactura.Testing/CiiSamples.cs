using System.Text;

namespace Efactura.Testing;

/// <summary>
/// A Romanian invoice in UN/CEFACT CII D16B as EN 16931 binds it (CIUS-RO values: CustomizationID, county codes,
/// SECTOR for Bucharest), valid under the official rules once read into the model: the CII test data of every project.
/// </summary>
public static class CiiSamples
{
    /// <summary>Two lines at 21 %: 40 × 32.50 + 1 × 350 = 1,650.00 RON, VAT 346.50, total 1,996.50.</summary>
    public static string RomanianInvoice(string number = "CII-2026-0001", string issueDate = "20261120") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
          <rsm:ExchangedDocumentContext>
            <ram:GuidelineSpecifiedDocumentContextParameter>
              <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1</ram:ID>
            </ram:GuidelineSpecifiedDocumentContextParameter>
          </rsm:ExchangedDocumentContext>
          <rsm:ExchangedDocument>
            <ram:ID>{number}</ram:ID>
            <ram:TypeCode>380</ram:TypeCode>
            <ram:IssueDateTime><udt:DateTimeString format="102">{issueDate}</udt:DateTimeString></ram:IssueDateTime>
          </rsm:ExchangedDocument>
          <rsm:SupplyChainTradeTransaction>
            <ram:IncludedSupplyChainTradeLineItem>
              <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
              <ram:SpecifiedTradeProduct><ram:SellerAssignedID>CIM-40</ram:SellerAssignedID><ram:Name>Ciment Portland CEM II 40 kg</ram:Name></ram:SpecifiedTradeProduct>
              <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>32.50</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
              <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="H87">40</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
              <ram:SpecifiedLineTradeSettlement>
                <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>21</ram:RateApplicablePercent></ram:ApplicableTradeTax>
                <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>1300.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
              </ram:SpecifiedLineTradeSettlement>
            </ram:IncludedSupplyChainTradeLineItem>
            <ram:IncludedSupplyChainTradeLineItem>
              <ram:AssociatedDocumentLineDocument><ram:LineID>2</ram:LineID></ram:AssociatedDocumentLineDocument>
              <ram:SpecifiedTradeProduct><ram:Name>Transport marfa</ram:Name></ram:SpecifiedTradeProduct>
              <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>350</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
              <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="H87">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
              <ram:SpecifiedLineTradeSettlement>
                <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>21</ram:RateApplicablePercent></ram:ApplicableTradeTax>
                <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>350.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
              </ram:SpecifiedLineTradeSettlement>
            </ram:IncludedSupplyChainTradeLineItem>
            <ram:ApplicableHeaderTradeAgreement>
              <ram:SellerTradeParty>
                <ram:Name>Alfa Distributie SRL</ram:Name>
                <ram:SpecifiedLegalOrganization><ram:ID>J12/1234/2010</ram:ID></ram:SpecifiedLegalOrganization>
                <ram:PostalTradeAddress>
                  <ram:PostcodeCode>400114</ram:PostcodeCode><ram:LineOne>Str. Memorandumului 28</ram:LineOne><ram:CityName>Cluj-Napoca</ram:CityName>
                  <ram:CountryID>RO</ram:CountryID><ram:CountrySubDivisionName>RO-CJ</ram:CountrySubDivisionName>
                </ram:PostalTradeAddress>
                <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">RO18547290</ram:ID></ram:SpecifiedTaxRegistration>
              </ram:SellerTradeParty>
              <ram:BuyerTradeParty>
                <ram:Name>Beta Constructii SA</ram:Name>
                <ram:SpecifiedLegalOrganization><ram:ID>J40/5678/2001</ram:ID></ram:SpecifiedLegalOrganization>
                <ram:PostalTradeAddress>
                  <ram:PostcodeCode>030823</ram:PostcodeCode><ram:LineOne>Bd. Unirii 15</ram:LineOne><ram:CityName>SECTOR3</ram:CityName>
                  <ram:CountryID>RO</ram:CountryID><ram:CountrySubDivisionName>RO-B</ram:CountrySubDivisionName>
                </ram:PostalTradeAddress>
                <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">RO14399840</ram:ID></ram:SpecifiedTaxRegistration>
              </ram:BuyerTradeParty>
            </ram:ApplicableHeaderTradeAgreement>
            <ram:ApplicableHeaderTradeDelivery/>
            <ram:ApplicableHeaderTradeSettlement>
              <ram:InvoiceCurrencyCode>RON</ram:InvoiceCurrencyCode>
              <ram:SpecifiedTradeSettlementPaymentMeans>
                <ram:TypeCode>30</ram:TypeCode>
                <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>RO49AAAA1B31007593840000</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
              </ram:SpecifiedTradeSettlementPaymentMeans>
              <ram:ApplicableTradeTax>
                <ram:CalculatedAmount>346.50</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>1650.00</ram:BasisAmount>
                <ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>21</ram:RateApplicablePercent>
              </ram:ApplicableTradeTax>
              <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20261220</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
              <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                <ram:LineTotalAmount>1650.00</ram:LineTotalAmount>
                <ram:TaxBasisTotalAmount>1650.00</ram:TaxBasisTotalAmount>
                <ram:TaxTotalAmount currencyID="RON">346.50</ram:TaxTotalAmount>
                <ram:GrandTotalAmount>1996.50</ram:GrandTotalAmount>
                <ram:DuePayableAmount>1996.50</ram:DuePayableAmount>
              </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
            </ram:ApplicableHeaderTradeSettlement>
          </rsm:SupplyChainTradeTransaction>
        </rsm:CrossIndustryInvoice>
        """;

    /// <summary><see cref="RomanianInvoice"/> as UTF-8 bytes.</summary>
    public static byte[] RomanianInvoiceBytes(string number = "CII-2026-0001", string issueDate = "20261120") =>
        Encoding.UTF8.GetBytes(RomanianInvoice(number, issueDate));

    /// <summary>
    /// CEN's CII example 3 (a subscription with a freight charge) adapted for CIUS-RO: seller RO18547290, buyer
    /// RO14399840, number TOSL108, 800 + 100 freight = 900.00 RON, VAT 21 % 189.00, total 1,089.00 (tests/Efactura.Testing/Cii/README.md).
    /// </summary>
    public static byte[] CenExample3Romanian() =>
        File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot, "tests", "Efactura.Testing", "Cii", "CII_example3-RO.xml"));
}
