using Efactura.Core.Json;
using Efactura.Core.Model;
using static Efactura.Validation.Fields.Pointer;

namespace Efactura.Validation.Fields;

internal sealed partial class FieldPointers
{
    // The model lists the JSON's allowances, then its charges; so does the writer.
    private string DocumentAllowanceCharge(int index, ReadOnlySpan<XPathStep> rest)
    {
        if (index < 0 || index >= invoice.AllowanceCharges.Length) return "/" + InvoiceFields.Allowances;
        var charge = invoice.AllowanceCharges[index];
        var sameKindBefore = invoice.AllowanceCharges.Take(index).Count(a => a.IsCharge == charge.IsCharge);
        var at = Item("/" + (charge.IsCharge ? InvoiceFields.Charges : InvoiceFields.Allowances), sameKindBefore);
        return AllowanceChargeMember(at, charge, rest, documentLevel: true);
    }

    private string AllowanceChargeMember(string at, AllowanceCharge charge, ReadOnlySpan<XPathStep> rest, bool documentLevel)
    {
        if (rest.IsEmpty || rest[0].IsAttribute) return at;
        // A bare number is a discount's amount: every member of it is the number itself.
        if (!json.IsObject(at) && json.Has(at)) return at;
        return rest[0].Name switch
        {
            "AllowanceChargeReasonCode" => Member(at, AllowanceChargeFields.ReasonCode),
            "AllowanceChargeReason" => Member(at, AllowanceChargeFields.Reason),
            "MultiplierFactorNumeric" => Member(at, AllowanceChargeFields.Percent),
            // An amount computed from a percentage points at the percentage, what the sender wrote.
            "Amount" => Member(at, charge.Percentage is not null && !json.Has(Member(at, AllowanceChargeFields.Amount)) ? AllowanceChargeFields.Percent : AllowanceChargeFields.Amount),
            "BaseAmount" => Member(at, AllowanceChargeFields.BaseAmount),
            "TaxCategory" when documentLevel => Member(at, rest.Length > 1 && rest[1].Name == "Percent" ? AllowanceChargeFields.VatRate : AllowanceChargeFields.VatCategory),
            _ => at,
        };
    }

    // The first TaxTotal holds BT-110 and the breakdown; a second one only BT-111, computed from the exchange rate.
    private string TaxTotal(int position, ReadOnlySpan<XPathStep> rest)
    {
        if (position > 1)
            return json.Has("/" + InvoiceFields.VatTotalRon) ? "/" + InvoiceFields.VatTotalRon : "/" + InvoiceFields.ExchangeRate;
        if (rest.IsEmpty) return "";
        if (rest[0].Name == "TaxAmount") return rest.Length > 1 && rest[1].IsAttribute ? "/" + InvoiceFields.Currency : "";
        if (rest[0].Name != "TaxSubtotal") return "";
        var index = rest[0].Position - 1;
        return index < invoice.VatBreakdown.Length ? Breakdown(invoice.VatBreakdown[index], rest[1..]) : "/" + InvoiceFields.Lines;
    }

    // A breakdown is computed from the lines and document allowances and charges of its category and rate: its
    // category, rate and exemption reason point at the first of those that carries them, its amounts at the lines.
    private string Breakdown(VatBreakdown breakdown, ReadOnlySpan<XPathStep> rest)
    {
        if (rest.IsEmpty || rest[0].Name != "TaxCategory") return "/" + InvoiceFields.Lines;
        var leaf = rest.Length > 1 ? rest[1].Name : "ID";
        var source = Source(breakdown, leaf);
        if (source is null) return "/" + InvoiceFields.Lines;
        return Member(source, leaf switch
        {
            "Percent" => LineFields.VatRate,
            "TaxExemptionReasonCode" => LineFields.ExemptionReasonCode,
            "TaxExemptionReason" => LineFields.ExemptionReason,
            _ => LineFields.VatCategory,
        });
    }

    private string? Source(VatBreakdown breakdown, string leaf)
    {
        var candidates = new List<string>();
        for (var i = 0; i < invoice.Lines.Length; i++)
        {
            var line = invoice.Lines[i];
            if (line.VatCategory == breakdown.Category && line.VatRate == breakdown.Rate) candidates.Add(Item("/" + InvoiceFields.Lines, i));
        }
        foreach (var (charge, i) in invoice.AllowanceCharges.Select((c, i) => (c, i)))
        {
            if (charge.VatCategory == breakdown.Category && charge.VatRate == breakdown.Rate)
                candidates.Add(Item("/" + (charge.IsCharge ? InvoiceFields.Charges : InvoiceFields.Allowances), invoice.AllowanceCharges.Take(i).Count(a => a.IsCharge == charge.IsCharge)));
        }
        if (leaf is "TaxExemptionReason" or "TaxExemptionReasonCode")
        {
            var member = leaf == "TaxExemptionReason" ? LineFields.ExemptionReason : LineFields.ExemptionReasonCode;
            var carrier = candidates.FirstOrDefault(c => json.Has(Member(c, member)));
            if (carrier is not null) return carrier;
        }
        return candidates.FirstOrDefault();
    }

    private string MonetaryTotal(ReadOnlySpan<XPathStep> rest)
    {
        if (rest.IsEmpty) return "";
        if (rest.Length > 1 && rest[1].IsAttribute) return "/" + InvoiceFields.Currency;
        return rest[0].Name switch
        {
            "LineExtensionAmount" => "/" + InvoiceFields.Lines,
            "AllowanceTotalAmount" => "/" + InvoiceFields.Allowances,
            "ChargeTotalAmount" => "/" + InvoiceFields.Charges,
            "PrepaidAmount" => "/" + InvoiceFields.PrepaidAmount,
            "PayableRoundingAmount" => "/" + InvoiceFields.RoundingAmount,
            _ => "",
        };
    }
}
