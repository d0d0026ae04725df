using System.Globalization;
using Efactura.Core.Model;

namespace Efactura.Pdf.Tests;

/// <summary>What a reader must find in an invoice's PDF, written independently of the renderer's own formatting.</summary>
internal static class ExpectedText
{
    private static readonly NumberFormatInfo Romanian = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "-" };

    /// <summary>An amount as a Romanian reads it: 1.234,50; three decimals stay three.</summary>
    public static string RomanianAmount(decimal amount)
    {
        var decimals = Math.Max(2, (int)BitConverter.GetBytes(decimal.GetBits(amount / 1.0000000000000000000000000000m)[3])[2]);
        return amount.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Romanian);
    }

    /// <summary>The number, the supplier's VAT id (or its fiscal code), the amount due, "TVA" and both parties' names.</summary>
    public static IEnumerable<string> RequiredFields(Invoice invoice)
    {
        yield return invoice.Number;
        if (SupplierTaxId(invoice.Seller) is { } id) yield return id;
        yield return RomanianAmount(invoice.Totals.PayableAmount);
        yield return "TVA";
        if (!string.IsNullOrWhiteSpace(invoice.Seller.Name)) yield return invoice.Seller.Name;
        if (!string.IsNullOrWhiteSpace(invoice.Buyer.Name)) yield return invoice.Buyer.Name;
    }

    private static string? SupplierTaxId(Party seller) => seller.VatIdentifier ?? seller.TaxRegistrationId ?? seller.LegalRegistrationId?.Value;
}
