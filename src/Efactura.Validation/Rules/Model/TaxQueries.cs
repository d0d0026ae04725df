using Efactura.Validation.XPath;
using Efactura.Validation.Xml;
using static Efactura.Validation.Xml.Names;

namespace Efactura.Validation.Rules.Model;

/// <summary>
/// The document-wide questions the VAT category rules ask, each named after the XPath it stands for.
/// "VAT" means the category's <c>cac:TaxScheme/cbc:ID</c> is VAT after upper-casing and normalizing.
/// </summary>
internal static class TaxQueries
{
    /// <summary><c>//container[VAT]/cbc:ID[normalize-space(.) = code]</c> exists (the id is tested first: it is cheaper).</summary>
    public static bool AnyVatCategoryId(UblDocument d, Name container, string code) => CategoryTally.Of(d, container).AnyVatId(code);

    /// <summary><c>//container[normalize-space(cbc:ID) = code][VAT]</c> exists (vatScheme false drops the VAT condition).</summary>
    public static bool AnyCategory(UblDocument d, Name container, string code, bool vatScheme = true) => CountCategory(d, container, code, vatScheme) > 0;

    /// <summary><c>count(//container[normalize-space(cbc:ID) = code][VAT])</c>.</summary>
    public static int CountCategory(UblDocument d, Name container, string code, bool vatScheme = true) => CategoryTally.Of(d, container).Count(code, vatScheme);

    /// <summary>Tax categories of allowances (false) or charges (true) anywhere: <c>//cac:AllowanceCharge[cbc:ChargeIndicator=x]/cac:TaxCategory</c>.</summary>
    public static ChargeTaxCategories ChargeCategories(UblDocument d, bool charge) => new(d.Descendants(Cac.AllowanceCharge), charge);

    /// <summary>Tax categories of every allowance and charge: <c>//cac:AllowanceCharge/cac:TaxCategory</c>.</summary>
    public static ChargeTaxCategories AllChargeCategories(UblDocument d) => new(d.Descendants(Cac.AllowanceCharge), null);

    /// <summary>The breakdown categories: <c>/*/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory</c>.</summary>
    public static IEnumerable<Element> BreakdownCategories(Element root) => root.Select(Cac.TaxTotal, Cac.TaxSubtotal, Cac.TaxCategory);

    /// <summary><c>count(cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[VAT]/cbc:ID[normalize-space(.) = code])</c>.</summary>
    public static int BreakdownIdCount(Element root, string code)
    {
        // Loops rather than queries: some twenty rules ask this of the root of every document.
        var count = 0;
        foreach (var category in root.Along(Cac.TaxTotal, Cac.TaxSubtotal, Cac.TaxCategory))
        {
            if (!category.HasVatScheme()) continue;
            foreach (var id in category.ChildrenNamed(Cbc.ID))
            {
                if (XPathFunctions.NormalizeSpace(id.Value) == code) count++;
            }
        }
        return count;
    }

    /// <summary><c>//cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[VAT?]/cbc:CompanyID</c> exists.</summary>
    public static bool SellerVatId(UblDocument d, bool vatScheme) => VatId(d, Cac.AccountingSupplierParty, vatScheme, Cac.Party, Cac.PartyTaxScheme);

    /// <summary><c>//cac:TaxRepresentativeParty/cac:PartyTaxScheme[VAT]/cbc:CompanyID</c> exists.</summary>
    public static bool TaxRepresentativeVatId(UblDocument d) => VatId(d, Cac.TaxRepresentativeParty, vatScheme: true, Cac.PartyTaxScheme);

    /// <summary><c>//cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme[VAT]/cbc:CompanyID</c> exists.</summary>
    public static bool BuyerVatId(UblDocument d) => VatId(d, Cac.AccountingCustomerParty, vatScheme: true, Cac.Party, Cac.PartyTaxScheme);

    /// <summary><c>//role/toScheme[VAT?]/cbc:CompanyID</c> exists (loops: a dozen rules ask it per document).</summary>
    private static bool VatId(UblDocument d, Name role, bool vatScheme, params ReadOnlySpan<Name> toScheme)
    {
        foreach (var party in d.Descendants(role))
        {
            foreach (var scheme in party.Along(toScheme))
            {
                if ((!vatScheme || scheme.HasVatScheme()) && scheme.Exists(Cbc.CompanyID)) return true;
            }
        }
        return false;
    }

    /// <summary><c>//cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID</c> exists.</summary>
    public static bool BuyerLegalId(UblDocument d) =>
        d.Descendants(Cac.AccountingCustomerParty).Any(p => p.Exists(Cac.Party, Cac.PartyLegalEntity, Cbc.CompanyID));

    /// <summary>
    /// <c>sum(lines[cac:Item/cac:ClassifiedTaxCategory/normalize-space(cbc:ID)=code][rate]/xs:decimal(cbc:LineExtensionAmount))</c>
    /// plus the document charges minus the document allowances of that category (and rate, when given).
    /// Null when an amount is not a decimal.
    /// </summary>
    public static decimal? CategoryBase(Element root, Name line, string code, decimal? rate)
    {
        // Loops rather than queries: this runs once per breakdown category over every line.
        var total = 0m;
        foreach (var l in root.ChildrenNamed(line))
        {
            if (!LineHasCategory(l, code) || rate is { } r && !LineHasRate(l, r)) continue;
            foreach (var amount in l.ChildrenNamed(Cbc.LineExtensionAmount))
            {
                if (XPathFunctions.Decimal(amount.Value) is not { } value) return null;
                total += value;
            }
        }
        var charges = Steps.SumDecimals(DocumentCharges(root, true, code, rate).SelectMany(a => a.ChildrenNamed(Cbc.Amount)));
        var allowances = Steps.SumDecimals(DocumentCharges(root, false, code, rate).SelectMany(a => a.ChildrenNamed(Cbc.Amount)));
        return total + charges - allowances;
    }

    /// <summary><c>[cac:Item/cac:ClassifiedTaxCategory/normalize-space(cbc:ID) = code]</c> on a line.</summary>
    public static bool LineHasCategory(Element line, string code)
    {
        foreach (var category in line.Along(Cac.Item, Cac.ClassifiedTaxCategory))
        {
            if (category.Normalized(Cbc.ID) == code) return true;
        }
        return false;
    }

    /// <summary><c>[cac:Item/cac:ClassifiedTaxCategory/xs:decimal(cbc:Percent) = rate]</c> on a line.</summary>
    public static bool LineHasRate(Element line, decimal rate)
    {
        foreach (var category in line.Along(Cac.Item, Cac.ClassifiedTaxCategory))
        {
            if (RateIs(category, rate)) return true;
        }
        return false;
    }

    private static IEnumerable<Element> DocumentCharges(Element root, bool charge, string code, decimal? rate) =>
        root.ChildrenNamed(Cac.AllowanceCharge).Where(a => a.ChargeIndicatorIs(charge)
            && a.ChildrenNamed(Cac.TaxCategory).Any(c => c.Normalized(Cbc.ID) == code)
            && (rate is null || a.ChildrenNamed(Cac.TaxCategory).Any(c => RateIs(c, rate.Value))));

    /// <summary><c>[.../xs:decimal(cbc:Percent) = $rate]</c> for one category.</summary>
    public static bool RateIs(Element category, decimal rate)
    {
        foreach (var percent in category.ChildrenNamed(Cbc.Percent))
        {
            if (XPathFunctions.Decimal(percent.Value) == rate) return true;
        }
        return false;
    }
}
