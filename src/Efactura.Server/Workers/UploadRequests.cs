using Efactura.Anaf;
using Efactura.Core.CodeLists;
using Efactura.Core.Model;
using Efactura.Server.Storage.Companies;
using Efactura.Ubl;

namespace Efactura.Server.Workers;

/// <summary>What upload call an issued invoice's XML needs (anaf-api.md §2.1, DESIGN §5).</summary>
public static class UploadRequests
{
    /// <summary>
    /// The request for <paramref name="xml"/> (read as <paramref name="invoice"/>) of <paramref name="company"/>:
    /// <c>CII</c> for a UN/CEFACT CII document (invoice or credit note alike), else <c>CN</c> for a UBL credit note and
    /// <c>UBL</c> for a UBL invoice; <c>uploadb2c</c> when the buyer has no CUI (a CNP, or 13 zeros
    /// when unknown); <c>extern=DA</c> for a buyer outside Romania; <c>autofactura=DA</c> when the company files as
    /// the buyer. The XML is sent exactly as stored.
    /// </summary>
    public static UploadRequest For(byte[] xml, Invoice invoice, Company company)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(company);
        var buyerInRomania = string.Equals(invoice.Buyer.Address.CountryCode, "RO", StringComparison.OrdinalIgnoreCase);
        var standard = InvoiceXmlReader.DetectSyntax(xml) == InvoiceSyntax.Cii ? UploadStandard.CII
            : invoice.TypeCode.IsCreditNote ? UploadStandard.CN : UploadStandard.UBL;
        return new UploadRequest(xml, company.Cui, standard)
        {
            BusinessToConsumer = buyerInRomania && IsConsumer(invoice.Buyer),
            External = !buyerInRomania,
            SelfBilled = Digits(invoice.Buyer.VatIdentifier ?? invoice.Buyer.LegalRegistrationId?.Value) == company.Cui
                && Digits(invoice.Seller.VatIdentifier ?? invoice.Seller.LegalRegistrationId?.Value) != company.Cui,
        };
    }

    // A natural person: no VAT id and a 13-digit legal id, the CNP or "0000000000000" when unknown (DESIGN §5, B2C).
    private static bool IsConsumer(Party buyer) =>
        buyer.VatIdentifier is null && buyer.LegalRegistrationId?.Value.Trim() is { Length: 13 } id && id.All(char.IsAsciiDigit);

    private static string? Digits(string? identifier) => identifier is null ? null : Cui.Normalize(identifier);
}
