using System.Security.Cryptography;
using Efactura.Core.CodeLists;
using Efactura.Core.Model;
using Efactura.Ubl;

namespace Efactura.Server.Workers;

/// <summary>
/// Decides whether a document downloaded from ANAF is the upload of an invoice: the same bytes (ANAF keeps the
/// uploaded file, anaf-api.md §5.1), or, since byte identity is unconfirmed, the same invoice number (BT-1), issue
/// date (BT-2) and seller identifier (BT-31 or BT-30) — a number is used once per seller.
/// </summary>
public static class UploadedInvoiceMatch
{
    /// <summary>True when <paramref name="downloaded"/> is the upload of <paramref name="uploaded"/> (read as <paramref name="invoice"/>).</summary>
    public static bool IsSame(byte[] downloaded, byte[] uploaded, Invoice invoice)
    {
        ArgumentNullException.ThrowIfNull(downloaded);
        ArgumentNullException.ThrowIfNull(uploaded);
        ArgumentNullException.ThrowIfNull(invoice);
        if (SHA256.HashData(downloaded).AsSpan().SequenceEqual(SHA256.HashData(uploaded))) return true;
        Invoice other;
        try
        {
            other = new InvoiceXmlReader().Read(new MemoryStream(downloaded, writable: false));
        }
        catch (UblReadException)
        {
            return false; // an error file or a buyer message, not an invoice
        }
        return other.Number == invoice.Number && other.IssueDate == invoice.IssueDate && Seller(other) is { } seller && seller == Seller(invoice);
    }

    /// <summary>
    /// False when <paramref name="companyCui"/> is the invoice's buyer (a self-billed invoice the buyer uploads in its
    /// supplier's name), true otherwise. Decided by the buyer: a seller may be identified by its trade register number
    /// (BT-30) rather than its CUI, so "the seller is not the company" proves nothing.
    /// </summary>
    public static bool IsOwnSale(Invoice invoice, string companyCui)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return Identifier(invoice.Buyer) is not { } buyer || buyer != Cui.Normalize(companyCui);
    }

    // The CUI: the VAT identifier (BT-31/48), else the tax registration id (BT-32, sellers outside VAT); the legal
    // registration (BT-30) may be a trade register number, so it comes last.
    private static string? Identifier(Party party) =>
        (party.VatIdentifier ?? party.TaxRegistrationId ?? party.LegalRegistrationId?.Value) is { } id ? Cui.Normalize(id) : null;

    private static string? Seller(Invoice invoice) => Identifier(invoice.Seller);
}
