using System.Text;

namespace Efactura.Simulator.Tests;

/// <summary>Small CIUS-RO documents for uploads.</summary>
public static class SampleDocuments
{
    public const string CiusRo = "urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1";

    /// <summary>A structurally complete invoice; <paramref name="customizationId"/> null leaves BT-24 out.</summary>
    public static byte[] Invoice(string seller = "8000000000", string buyer = "3", string number = "F-1",
        string? customizationId = CiusRo, bool withBuyerName = true) =>
        Encoding.UTF8.GetBytes($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
              {(customizationId is null ? "" : $"<cbc:CustomizationID>{customizationId}</cbc:CustomizationID>")}
              <cbc:ID>{number}</cbc:ID>
              <cbc:IssueDate>2022-11-01</cbc:IssueDate>
              <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
              <cbc:DocumentCurrencyCode>RON</cbc:DocumentCurrencyCode>
              <cac:AccountingSupplierParty><cac:Party>
                <cac:PostalAddress><cbc:CityName>SECTOR1</cbc:CityName><cac:Country><cbc:IdentificationCode>RO</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                <cac:PartyTaxScheme><cbc:CompanyID>RO{seller}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
                <cac:PartyLegalEntity><cbc:RegistrationName>Furnizor SRL</cbc:RegistrationName></cac:PartyLegalEntity>
              </cac:Party></cac:AccountingSupplierParty>
              <cac:AccountingCustomerParty><cac:Party>
                <cac:PostalAddress><cbc:CityName>SECTOR2</cbc:CityName><cac:Country><cbc:IdentificationCode>RO</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
                <cac:PartyLegalEntity>{(withBuyerName ? "<cbc:RegistrationName>Client SRL</cbc:RegistrationName>" : "")}<cbc:CompanyID>{buyer}</cbc:CompanyID></cac:PartyLegalEntity>
              </cac:Party></cac:AccountingCustomerParty>
              <cac:LegalMonetaryTotal>
                <cbc:LineExtensionAmount currencyID="RON">100.00</cbc:LineExtensionAmount>
                <cbc:TaxExclusiveAmount currencyID="RON">100.00</cbc:TaxExclusiveAmount>
                <cbc:TaxInclusiveAmount currencyID="RON">121.00</cbc:TaxInclusiveAmount>
                <cbc:PayableAmount currencyID="RON">121.00</cbc:PayableAmount>
              </cac:LegalMonetaryTotal>
              <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="H87">1</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="RON">100.00</cbc:LineExtensionAmount></cac:InvoiceLine>
            </Invoice>
            """);

    /// <summary>The RASP example of upload.html, verbatim (anaf-api.md §10).</summary>
    public static byte[] BuyerMessage(long answeredIndex = 191823) => Encoding.UTF8.GetBytes(
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""" + "\n" +
        $"""<header xmlns="mfp:anaf:dgti:spv:reqMesaj:v1" index_incarcare="{answeredIndex}" message="mesaj de test, standard RASP"/>""");
}
