using Efactura.Core.CodeLists;
using Lists = Efactura.Core.CodeLists.CodeLists;

namespace Efactura.Core.Tests.CodeLists;

public sealed class CodeListsTests
{
    public static TheoryData<string, int> ListSizes => new()
    {
        // Counts of the inline lists in ANAF's CIUS-RO 1.0.9 artefacts (codelist/EN16931-UBL-codes.sch, RO16931-rules.sch).
        { "ISO 4217", 178 },
        { "ISO 3166-1", 251 },
        { "UNCL 1001 (CIUS-RO)", 5 },
        { "UNCL 1001 (invoice)", 45 },
        { "UNCL 1001 (credit note)", 11 },
        { "UNCL 4461", 83 },
        { "UNCL 5189", 19 },
        { "UNCL 7161", 177 },
        { "UNCL 5305", 10 },
        { "VATEX", 57 },
        { "UN/ECE Rec 20", 2162 },
        { "EAS", 90 },
        { "ISO 6523 ICD", 211 },
    };

    private static IEnumerable<CodeList> All =>
    [
        Lists.Currencies, Lists.Countries, Lists.DocumentTypes,
        Lists.InvoiceTypeCodes, Lists.CreditNoteTypeCodes, Lists.PaymentMeans,
        Lists.AllowanceReasons, Lists.ChargeReasons, Lists.VatCategories,
        Lists.VatExemptionReasons, Lists.Units, Lists.ElectronicAddressSchemes,
        Lists.IdentifierSchemes,
    ];

    [Theory]
    [MemberData(nameof(ListSizes))]
    public void Each_list_holds_as_many_codes_as_the_official_rule(string name, int expected)
    {
        var list = All.Single(l => l.Name == name);

        list.Count.ShouldBe(expected);
        list.Codes.Count.ShouldBe(expected);
        list.Codes.Distinct(StringComparer.Ordinal).Count().ShouldBe(expected);
    }

    [Fact]
    public void Lists_are_loaded_once()
    {
        Lists.Units.ShouldBeSameAs(Lists.Units);
        Lists.Currencies.ShouldBeSameAs(Lists.Currencies);
    }

    [Theory]
    [InlineData("RON")]
    [InlineData("EUR")]
    [InlineData("USD")]
    [InlineData("HUF")]
    public void Currencies_contain_the_usual_ones(string code) =>
        Lists.Currencies.Contains(code).ShouldBeTrue();

    [Theory]
    [InlineData("ron")]
    [InlineData(" RON")]
    [InlineData("LEI")]
    [InlineData("")]
    public void Currencies_compare_exactly(string code) =>
        Lists.Currencies.Contains(code).ShouldBeFalse();

    [Fact]
    public void Currency_names_are_english()
    {
        Lists.Currencies.TryGetName("RON", out var name).ShouldBeTrue();
        name.ShouldBe("Romanian Leu");
    }

    [Theory]
    [InlineData("RO", "Romania")]
    [InlineData("DE", "Germany")]
    [InlineData("1A", "Kosovo")]
    [InlineData("XI", "United Kingdom (Northern Ireland)")]
    public void Countries_include_the_en16931_extensions(string code, string name)
    {
        Lists.Countries.TryGetName(code, out var found).ShouldBeTrue();
        found.ShouldBe(name);
    }

    [Fact]
    public void Countries_refuse_the_greek_vat_prefix() =>
        Lists.Countries.Contains("EL").ShouldBeFalse();

    [Theory]
    [InlineData("380", "Commercial invoice")]
    [InlineData("381", "Credit note")]
    [InlineData("384", "Corrected invoice")]
    [InlineData("389", "Self-billed invoice")]
    [InlineData("751", "Invoice information for accounting purposes")]
    public void Document_types_are_the_five_br_ro_020_allows(string code, string name)
    {
        Lists.DocumentTypes.TryGetName(code, out var found).ShouldBeTrue();
        found.ShouldBe(name);
    }

    [Theory]
    [InlineData("386")]
    [InlineData("326")]
    [InlineData("261")]
    public void Document_types_exclude_codes_en16931_allows_but_cius_ro_does_not(string code)
    {
        Lists.DocumentTypes.Contains(code).ShouldBeFalse();
        (Lists.InvoiceTypeCodes.Contains(code) || Lists.CreditNoteTypeCodes.Contains(code)).ShouldBeTrue();
    }

    [Fact]
    public void Credit_note_381_is_not_an_invoice_type_code()
    {
        Lists.InvoiceTypeCodes.Contains("381").ShouldBeFalse();
        Lists.CreditNoteTypeCodes.Contains("381").ShouldBeTrue();
    }

    [Theory]
    [InlineData("10", "In cash")]
    [InlineData("30", "Credit transfer")]
    [InlineData("42", "Payment to bank account")]
    [InlineData("48", "Bank card")]
    [InlineData("49", "Direct debit")]
    [InlineData("58", "SEPA credit transfer")]
    [InlineData("ZZZ", "Mutually defined")]
    public void Payment_means_have_names(string code, string name)
    {
        Lists.PaymentMeans.TryGetName(code, out var found).ShouldBeTrue();
        found.ShouldBe(name);
    }

    [Theory]
    [InlineData("71")]
    [InlineData("90")]
    [InlineData("1 ")]
    public void Payment_means_outside_br_cl_16_are_refused(string code) =>
        Lists.PaymentMeans.Contains(code).ShouldBeFalse();

    [Theory]
    [InlineData("95", "Discount")]
    [InlineData("100", "Special rebate")]
    public void Allowance_reasons_have_names(string code, string name)
    {
        Lists.AllowanceReasons.TryGetName(code, out var found).ShouldBeTrue();
        found.ShouldBe(name);
    }

    [Theory]
    [InlineData("FC", "Freight service")]
    [InlineData("ABL", "Additional packaging")]
    public void Charge_reasons_have_names(string code, string name)
    {
        Lists.ChargeReasons.TryGetName(code, out var found).ShouldBeTrue();
        found.ShouldBe(name);
    }

    [Fact]
    public void Vat_categories_are_the_ten_of_en16931()
    {
        Lists.VatCategories.Codes.Order(StringComparer.Ordinal)
            .ShouldBe(["AE", "B", "E", "G", "K", "L", "M", "O", "S", "Z"]);
    }

    [Theory]
    [InlineData("VATEX-EU-AE", "Reverse charge")]
    [InlineData("VATEX-EU-IC", "Intra-Community supply")]
    [InlineData("VATEX-EU-132-1A", "Exempt based on article 132, section 1 (a) of Council Directive 2006/112/EC")]
    [InlineData("VATEX-EU-143-1FA", "Exempt based on article 143, section 1 (fa) of Council Directive 2006/112/EC")]
    [InlineData("VATEX-EU-148-A", "Exempt based on article 148, section (a) of Council Directive 2006/112/EC")]
    public void Vat_exemption_reasons_have_names(string code, string name)
    {
        Lists.VatExemptionReasons.TryGetName(code, out var found).ShouldBeTrue();
        found.ShouldBe(name);
    }

    [Fact]
    public void Every_code_of_the_named_lists_has_a_name()
    {
        CodeList[] named =
        [
            Lists.Currencies, Lists.Countries, Lists.DocumentTypes,
            Lists.InvoiceTypeCodes, Lists.CreditNoteTypeCodes, Lists.PaymentMeans,
            Lists.AllowanceReasons, Lists.ChargeReasons, Lists.VatCategories,
            Lists.VatExemptionReasons,
        ];
        foreach (var list in named)
            list.Codes.Where(code => !list.TryGetName(code, out _)).ShouldBeEmpty(list.Name);
    }

    [Theory]
    [InlineData("H87", "Piece")]
    [InlineData("HUR", "Hour")]
    [InlineData("KGM", "Kilogram")]
    [InlineData("MTQ", "Cubic metre")]
    [InlineData("XPP", "Piece (package)")]
    public void Common_units_have_names(string code, string name)
    {
        Lists.Units.TryGetName(code, out var found).ShouldBeTrue();
        found.ShouldBe(name);
    }

    [Fact]
    public void A_rare_unit_is_known_without_a_name()
    {
        Lists.Units.Contains("A10").ShouldBeTrue();
        Lists.Units.TryGetName("A10", out var name).ShouldBeFalse();
        name.ShouldBeNull();
    }

    [Fact]
    public void An_unknown_code_has_no_name() =>
        Lists.PaymentMeans.TryGetName("999", out _).ShouldBeFalse();

    [Theory]
    [InlineData("9947", "Romania VAT number")]
    [InlineData("0088", "Global Location Number (GLN)")]
    [InlineData("EM", "Electronic mail")]
    public void Electronic_address_schemes_include_the_romanian_vat_scheme(string code, string name)
    {
        Lists.ElectronicAddressSchemes.TryGetName(code, out var found).ShouldBeTrue();
        found.ShouldBe(name);
    }

    [Theory]
    [InlineData("0088", true)]
    [InlineData("0160", true)]
    [InlineData("0092", false)]
    [InlineData("SEPA", false)]
    [InlineData("9947", false)]
    public void Identifier_schemes_are_the_icd_codes(string code, bool expected) =>
        Lists.IdentifierSchemes.Contains(code).ShouldBe(expected);

    [Theory]
    [InlineData(" H87 ", true)]
    [InlineData("\nH87\t", true)]
    [InlineData("H 87", false)]
    [InlineData("h87", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    public void Accepts_follows_normalize_space_like_br_cl_23(string? value, bool expected) =>
        Lists.Units.Accepts(value).ShouldBe(expected);

    [Fact]
    public void Accepts_vatex_in_any_case_like_br_cl_22_while_contains_stays_exact()
    {
        Lists.VatExemptionReasons.Accepts(" vatex-eu-ae ").ShouldBeTrue();
        Lists.VatExemptionReasons.Contains("vatex-eu-ae").ShouldBeFalse();
        Lists.PaymentMeans.Accepts("zzz").ShouldBeFalse();
    }
}
