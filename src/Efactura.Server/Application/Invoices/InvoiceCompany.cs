using Efactura.Core.CodeLists;
using Efactura.Core.Model;

namespace Efactura.Server.Application.Invoices;

/// <summary>
/// Which of the tenant's companies an invoice belongs to: the one whose CUI is the supplier's (VAT number, CUI or
/// legal registration id, BT-31/BT-32/BT-30), else its tax representative's (BT-63: a foreign seller's Romanian fiscal
/// representative sends its invoices), and, for a self-billed invoice (389, the buyer issues it), the customer's first.
/// </summary>
public static class InvoiceCompany
{
    /// <summary>The CUIs to look the company up by, most likely first (digits without "RO"; only valid CUIs, or the valid CNP of a person invoicing under it).</summary>
    public static IReadOnlyList<string> CandidateCuis(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var parties = invoice.TypeCode == InvoiceTypeCode.SelfBilledInvoice ? new[] { invoice.Buyer, invoice.Seller } : [invoice.Seller];
        var representative = invoice.SellerTaxRepresentative?.VatIdentifier is { } vat && Cui.IsValid(vat) ? [Cui.Normalize(vat)] : Array.Empty<string>();
        return [.. parties.SelectMany(CuisOf).Concat(representative).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The buyer's identifier as lists show and filter it: VAT number, else CUI/CNP.</summary>
    public static string? CustomerId(Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return invoice.Buyer.VatIdentifier ?? invoice.Buyer.LegalRegistrationId?.Value;
    }

    private static IEnumerable<string> CuisOf(Party party) =>
        new[] { party.VatIdentifier, party.TaxRegistrationId, party.LegalRegistrationId?.Value }
            .OfType<string>()
            .Where(id => Cui.IsValid(id) || Cnp.IsValid(id))
            .Select(Cui.Normalize);
}
