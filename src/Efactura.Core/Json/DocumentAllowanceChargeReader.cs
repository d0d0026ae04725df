using Efactura.Core.Model;
using F = Efactura.Core.Json.AllowanceChargeFields;

namespace Efactura.Core.Json;

/// <summary>
/// Reads a document level allowance (BG-20) or charge (BG-21). Its VAT category and rate default to the
/// lines' only category and rate; a percentage without a base applies to the lines of that category and rate.
/// </summary>
internal sealed class DocumentAllowanceChargeReader(IReadOnlyList<InvoiceLine> lines, ExemptionReasonCollector exemptions, DateOnly? vatDate)
{
    public AllowanceCharge? Read(JsonParseContext context, JsonItem item, bool isCharge)
    {
        if (context.Object(item.Element, item.Pointer) is not { } r) return null;
        var vat = Vat(r);
        var text = r.String(F.ExemptionReason);
        var code = VatReader.ExemptionCode(r, F.ExemptionReasonCode);
        var ac = AllowanceChargeReader.Read(r, isCharge, () => vat is { } v ? TaxableOfLines(v.Category, v.Rate) : 0m);
        if (vat is { } known) exemptions.Add(known.Category, text, code, r, F.ExemptionReason, F.ExemptionReasonCode);
        r.ReportUnknownFields();
        return ac is null || vat is null ? null : ac with { VatCategory = vat.Value.Category, VatRate = vat.Value.Rate };
    }

    private decimal TaxableOfLines(VatCategory category, decimal? rate) =>
        lines.Where(l => l.VatCategory == category && l.VatRate == rate).Sum(l => l.NetAmount);

    private (VatCategory Category, decimal? Rate)? Vat(JsonObjectReader r)
    {
        var rate = r.Decimal(F.VatRate);
        var category = VatReader.Category(r, F.VatCategory);
        if (category is null && r.Has(F.VatCategory)) return null;
        if (rate is null && r.Has(F.VatRate)) return null;
        var used = lines.Select(l => (l.VatCategory, l.VatRate)).Distinct().ToList();
        if (category is { } c)
        {
            if (c.IsZeroVat || rate is not null) return (c, VatReader.RateFor(r, c, rate, F.VatRate, vatDate));
            var rates = used.Where(u => u.VatCategory == c).Select(u => u.VatRate).Distinct().ToList();
            if (rates.Count == 1) return (c, rates[0]);
            ReportAmbiguous(r, F.VatRate, used);
            return null;
        }
        var candidates = used.Where(u => rate is null || u.VatRate == rate).ToList();
        if (candidates.Count == 1) return candidates[0];
        if (rate > 0m) return (VatCategory.Standard, VatReader.RateFor(r, VatCategory.Standard, rate, F.VatRate, vatDate));
        ReportAmbiguous(r, F.VatCategory, used);
        return null;
    }

    private static void ReportAmbiguous(JsonObjectReader r, string field, List<(VatCategory Category, decimal? Rate)> used)
    {
        var list = used.Count == 0 ? "none" : string.Join(", ", used.Select(u => $"{u.Category} {(u.Rate is { } x ? JsonFindings.Number(x) + "%" : "")}".TrimEnd()));
        r.Context.Report(JsonFindings.Fatal(JsonErrorCodes.Required, r.At(field),
            $"The VAT of {r.Pointer.Display} cannot be taken from the lines, which use several VAT categories and rates ({list}); it needs \"vatCategory\" and \"vatRate\" (BT-95, BT-96).",
            $"TVA-ul pentru {r.Pointer.Display} nu se poate deduce din linii, care folosesc mai multe categorii și cote de TVA ({list}); completați „vatCategory” și „vatRate” (BT-95, BT-96).",
            "Add \"vatCategory\" and \"vatRate\" to say which VAT the allowance or charge changes."));
    }
}
