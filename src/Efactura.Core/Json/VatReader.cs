using Efactura.Core.CodeLists;
using Efactura.Core.Model;
using Lists = Efactura.Core.CodeLists.CodeLists;

namespace Efactura.Core.Json;

/// <summary>Reads VAT categories, rates and exemption reason codes, and checks them against each other.</summary>
internal static class VatReader
{
    /// <summary>A VAT category member, upper-cased and checked against UNCL 5305; null when absent or unknown.</summary>
    public static VatCategory? Category(JsonObjectReader r, string name)
    {
        if (r.String(name)?.ToUpperInvariant() is not { } code) return null;
        if (Lists.VatCategories.Contains(code)) return new VatCategory(code);
        r.Context.Report(JsonFindings.UnknownCode(JsonErrorCodes.VatCategoryUnknown, r.At(name), code, "VAT category", "categoria de TVA",
            ["S", "Z", "E", "AE", "K", "G", "O"],
            "Use S (standard), Z (zero rated), E (exempt), AE (reverse charge), K (intra-community), G (export) or O (outside the scope of VAT)."));
        return null;
    }

    /// <summary>A VATEX code member, upper-cased and checked against the VATEX list.</summary>
    public static string? ExemptionCode(JsonObjectReader r, string name)
    {
        if (r.String(name)?.ToUpperInvariant() is not { } code) return null;
        if (Lists.VatExemptionReasons.Contains(code)) return code;
        var closest = Lists.VatExemptionReasons.Codes.Select(c => (Code: c, Distance: ClosestName.Distance(code, c))).OrderBy(c => c.Distance).Take(3).Select(c => c.Code);
        r.Context.Report(JsonFindings.UnknownCode(JsonErrorCodes.ExemptionCodeUnknown, r.At(name), code, "VAT exemption reason code", "codul motivului de scutire de TVA", closest,
            "Use a code of the VATEX list, e.g. VATEX-EU-132 (exempt activities of public interest), VATEX-EU-AE (reverse charge), or give the reason as text in exemptionReason."));
        return null;
    }

    /// <summary>
    /// The rate that goes with a category: categories without VAT take 0 (O takes none, BR-O-05) and
    /// report any other rate; a standard rate Romania did not have at <paramref name="vatDate"/> is a warning.
    /// </summary>
    public static decimal? RateFor(JsonObjectReader r, VatCategory category, decimal? rate, string rateField, DateOnly? vatDate)
    {
        if (category.IsZeroVat)
        {
            if (rate is { } given && given != 0m)
            {
                r.Context.Report(JsonFindings.Fatal(JsonErrorCodes.VatRateMismatch, r.At(rateField),
                    $"VAT category {category} carries no VAT, so its rate is 0, not {JsonFindings.Number(given)}.",
                    $"Categoria de TVA {category} nu poartă TVA, deci cota este 0, nu {JsonFindings.Number(given)}.",
                    $"Set {rateField} to 0 (or leave it out), or use category S for a taxed supply."));
            }
            return category == VatCategory.OutsideScope ? null : 0m;
        }
        if (rate is { } standard && vatDate is { } date && date >= VatRates.EarliestDate && category == VatCategory.Standard && !VatRates.IsValid(standard, date))
        {
            r.Context.Report(JsonFindings.Warning(JsonErrorCodes.VatRateUnusual, r.At(rateField),
                $"{JsonFindings.Number(standard)}% is not a Romanian VAT rate on {date:yyyy-MM-dd} (the standard rate then was {JsonFindings.Number(VatRates.StandardRate(date))}%).",
                $"{JsonFindings.Number(standard)}% nu este o cotă de TVA din România la {date:yyyy-MM-dd} (cota standard era {JsonFindings.Number(VatRates.StandardRate(date))}%).",
                "Check the rate against the tax point date: 19/9/5% until 2025-07-31, 21/11% from 2025-08-01."));
        }
        return rate;
    }
}
