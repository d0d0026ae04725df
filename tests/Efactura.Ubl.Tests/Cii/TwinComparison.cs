using System.Globalization;
using Efactura.Core.Model;

namespace Efactura.Ubl.Tests.Cii;

/// <summary>
/// Compares an invoice read from CII with its UBL twin on what the two syntaxes must agree on: number, dates,
/// type, currencies, the parties, the lines and every amount. Every difference is listed, not only the first.
/// </summary>
internal static class TwinComparison
{
    public static IReadOnlyList<string> Differences(Invoice cii, Invoice ubl)
    {
        var found = new List<string>();
        void Same<T>(string what, T c, T u)
        {
            if (!Equals(c, u)) found.Add($"{what}: CII {Show(c)}, UBL {Show(u)}");
        }

        Same("BT-1 number", cii.Number, ubl.Number);
        Same("BT-2 issue date", cii.IssueDate, ubl.IssueDate);
        Same("BT-3 type", cii.TypeCode.Code, ubl.TypeCode.Code);
        Same("BT-5 currency", cii.CurrencyCode, ubl.CurrencyCode);
        Same("BT-6 VAT currency", cii.TaxCurrencyCode, ubl.TaxCurrencyCode);
        Same("BT-7 tax point date", cii.TaxPointDate, ubl.TaxPointDate);
        Same("BT-9 due date", cii.DueDate, ubl.DueDate);
        Same("BT-73 period start", cii.InvoicePeriod?.StartDate, ubl.InvoicePeriod?.StartDate);
        Same("BT-74 period end", cii.InvoicePeriod?.EndDate, ubl.InvoicePeriod?.EndDate);
        Same("BT-72 delivery date", cii.Delivery?.ActualDeliveryDate, ubl.Delivery?.ActualDeliveryDate);
        Party("seller", cii.Seller, ubl.Seller, Same);
        Party("buyer", cii.Buyer, ubl.Buyer, Same);
        Same("lines", cii.Lines.Length, ubl.Lines.Length);
        for (var i = 0; i < Math.Min(cii.Lines.Length, ubl.Lines.Length); i++)
        {
            var (c, u) = (cii.Lines[i], ubl.Lines[i]);
            var at = $"line {i + 1}";
            Same($"{at} BT-126 id", c.Id, u.Id);
            Same($"{at} BT-129 quantity", c.Quantity, u.Quantity);
            Same($"{at} BT-131 net amount", c.NetAmount, u.NetAmount);
            Same($"{at} BT-146 net price", c.Price.NetAmount, u.Price.NetAmount);
            Same($"{at} BT-147 price discount", c.Price.Discount, u.Price.Discount);
            Same($"{at} BT-148 gross price", c.Price.GrossAmount, u.Price.GrossAmount);
            Same($"{at} BT-151 VAT category", c.VatCategory.Code, u.VatCategory.Code);
            Same($"{at} BT-152 VAT rate", c.VatRate, u.VatRate);
            Same($"{at} BT-153 item name", c.Item.Name, u.Item.Name);
            Same($"{at} allowances and charges", Amounts(c.AllowanceCharges), Amounts(u.AllowanceCharges));
        }
        var (ct, ut) = (cii.Totals, ubl.Totals);
        Same("BT-106", ct.LineNetTotal, ut.LineNetTotal);
        Same("BT-107", ct.AllowanceTotal, ut.AllowanceTotal);
        Same("BT-108", ct.ChargeTotal, ut.ChargeTotal);
        Same("BT-109", ct.TaxExclusiveAmount, ut.TaxExclusiveAmount);
        Same("BT-110", ct.VatTotal, ut.VatTotal);
        Same("BT-111", ct.VatTotalInTaxCurrency, ut.VatTotalInTaxCurrency);
        Same("BT-112", ct.TaxInclusiveAmount, ut.TaxInclusiveAmount);
        Same("BT-113", ct.PrepaidAmount, ut.PrepaidAmount);
        Same("BT-114", ct.RoundingAmount, ut.RoundingAmount);
        Same("BT-115", ct.PayableAmount, ut.PayableAmount);
        Same("BG-23 VAT breakdown", Breakdown(cii), Breakdown(ubl));
        Same("BG-20/BG-21 allowances and charges", Amounts(cii.AllowanceCharges), Amounts(ubl.AllowanceCharges));
        return found;
    }

    private static void Party(string role, Party c, Party u, Action<string, object?, object?> same)
    {
        same($"{role} name", c.Name, u.Name);
        same($"{role} VAT id", c.VatIdentifier, u.VatIdentifier);
        same($"{role} legal id", c.LegalRegistrationId?.Value, u.LegalRegistrationId?.Value);
        same($"{role} street", c.Address.Line1, u.Address.Line1);
        same($"{role} city", c.Address.City, u.Address.City);
        same($"{role} postal code", c.Address.PostalCode, u.Address.PostalCode);
        same($"{role} country", c.Address.CountryCode, u.Address.CountryCode);
    }

    // Decimals compare by value (10.00 = 10), so each is shown normalised.
    private static string Amounts(IEnumerable<AllowanceCharge> items) =>
        string.Join("; ", items.Select(a => $"{(a.IsCharge ? "charge" : "allowance")} {N(a.Amount)} {a.VatCategory?.Code} {N(a.VatRate)}"));

    private static string Breakdown(Invoice invoice) =>
        string.Join("; ", invoice.VatBreakdown.Select(b => $"{b.Category.Code} {N(b.Rate)}: {N(b.TaxableAmount)} → {N(b.TaxAmount)}"));

    private static string N(decimal? value) => value is { } v ? (v / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "-";

    private static string Show(object? value) => value switch
    {
        null => "(none)",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => $"\"{value}\"",
    };
}
