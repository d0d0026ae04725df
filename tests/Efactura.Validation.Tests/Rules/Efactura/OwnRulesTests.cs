using System.Globalization;
using System.Xml.Linq;
using Efactura.Core.Findings;
using Efactura.Testing;

namespace Efactura.Validation.Tests.Rules.Efactura;

public sealed class OwnRulesTests
{
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    public static TheoryData<string> Examples() => [.. Directory.GetFiles(Path.Combine(TestPaths.Examples, "expected"), "*.xml").Select(Path.GetFileName).OfType<string>().Order()];

    private static XDocument Example(string name) => XDocument.Load(Path.Combine(TestPaths.Examples, "expected", name));

    private static DateOnly IssueDate(XDocument document) => DateOnly.Parse(document.Root!.Element(Cbc + "IssueDate")!.Value, CultureInfo.InvariantCulture);

    /// <summary>Validates on the issue date (so the deadline has not passed) unless another day is given.</summary>
    private static ValidationResult Validate(XDocument document, ValidationProfile profile = ValidationProfile.CiusRo, DateOnly? today = null, bool? publicBuyer = null)
    {
        var options = new InvoiceValidatorOptions { TimeProvider = new FixedClock(today ?? IssueDate(document)), BuyerIsPublic = publicBuyer };
        return new InvoiceValidator(options).Validate(document.ToString(), profile);
    }

    private static List<Finding> Own(ValidationResult result) => [.. result.Findings.Where(f => EfacturaRuleIds.Contains(f.Code))];

    private static XElement Party(XDocument d, string role) => d.Root!.Element(Cac + role)!.Element(Cac + "Party")!;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_is_free_of_own_warnings_on_its_issue_date(string name)
    {
        var document = Example(name);

        Own(Validate(document)).ShouldBeEmpty();
        Own(Validate(document, ValidationProfile.En16931)).ShouldBeEmpty();
    }

    [Fact]
    public void A_19_percent_line_issued_in_November_2026_is_not_a_Romanian_rate()
    {
        var document = Example("01-b2b-ron-21.xml");
        document.Root!.Elements(Cac + "InvoiceLine").First().Descendants(Cbc + "Percent").Single().Value = "19";

        var finding = Own(Validate(document)).ShouldHaveSingleItem();

        finding.Code.ShouldBe("EF-VAT-RATE-UNUSUAL");
        finding.Severity.ShouldBe(Severity.Warning);
        finding.XPath.ShouldBe("/ubl:Invoice[1]/cac:InvoiceLine[1]/cac:Item[1]/cac:ClassifiedTaxCategory[1]/cbc:Percent[1]");
        finding.Message.ShouldContain("19%");
        finding.Message.ShouldContain("2026-11-20");
        finding.Message.ShouldContain("the rates then were 21% and 11%");
        finding.MessageRo!.ShouldContain("19%");
        finding.Line.ShouldNotBeNull();
    }

    [Fact]
    public void Breakdown_and_document_allowance_rates_are_checked_too()
    {
        var document = Example("16-document-allowances-and-charges.xml");
        foreach (var percent in document.Root!.Elements(Cac + "AllowanceCharge").Descendants(Cbc + "Percent")) percent.Value = "24";
        foreach (var percent in document.Root!.Elements(Cac + "TaxTotal").Descendants(Cbc + "Percent")) percent.Value = "24";

        var xpaths = Own(Validate(document)).Select(f => f.XPath!).ToList();

        xpaths.ShouldContain(x => x.StartsWith("/ubl:Invoice[1]/cac:AllowanceCharge[", StringComparison.Ordinal));
        xpaths.ShouldContain(x => x.StartsWith("/ubl:Invoice[1]/cac:TaxTotal[1]/cac:TaxSubtotal[", StringComparison.Ordinal));
    }

    [Fact]
    public void The_tax_point_date_decides_the_rate()
    {
        var document = Example("01-b2b-ron-21.xml");
        foreach (var percent in document.Descendants(Cbc + "Percent")) percent.Value = "19";
        document.Root!.Element(Cbc + "InvoiceTypeCode")!.AddAfterSelf(new XElement(Cbc + "TaxPointDate", "2025-07-31"));

        Own(Validate(document)).ShouldBeEmpty();
    }

    [Fact]
    public void A_foreign_seller_is_not_held_to_Romanian_rates()
    {
        var document = Example("01-b2b-ron-21.xml");
        foreach (var percent in document.Descendants(Cbc + "Percent")) percent.Value = "19";
        var seller = Party(document, "AccountingSupplierParty");
        seller.Descendants(Cbc + "IdentificationCode").Single().Value = "DE";
        seller.Descendants(Cbc + "CountrySubentity").Single().Value = "Bayern";
        seller.Element(Cac + "PartyTaxScheme")!.Element(Cbc + "CompanyID")!.Value = "DE123456789";

        Own(Validate(document, ValidationProfile.En16931)).ShouldBeEmpty();
    }

    [Fact]
    public void A_VAT_id_with_a_wrong_check_digit_is_reported()
    {
        var document = Example("01-b2b-ron-21.xml");
        Party(document, "AccountingCustomerParty").Element(Cac + "PartyTaxScheme")!.Element(Cbc + "CompanyID")!.Value = "RO14399841";

        var finding = Own(Validate(document)).ShouldHaveSingleItem();

        finding.Code.ShouldBe("EF-CUI-INVALID");
        finding.Message.ShouldContain("buyer");
        finding.Message.ShouldContain("RO14399841");
        finding.XPath.ShouldBe("/ubl:Invoice[1]/cac:AccountingCustomerParty[1]/cac:Party[1]/cac:PartyTaxScheme[1]/cbc:CompanyID[1]");
    }

    [Fact]
    public void A_trade_register_number_is_not_mistaken_for_a_CUI() =>
        Own(Validate(Example("01-b2b-ron-21.xml"))).ShouldBeEmpty();

    [Fact]
    public void A_CNP_with_a_wrong_check_digit_is_reported_but_the_13_zeros_are_fine()
    {
        var withCnp = Example("12-b2c-with-cnp.xml");
        var legal = Party(withCnp, "AccountingCustomerParty").Element(Cac + "PartyLegalEntity")!.Element(Cbc + "CompanyID")!;
        legal.Value = legal.Value[..12] + (char)('0' + (legal.Value[12] - '0' + 1) % 10);

        Own(Validate(withCnp)).ShouldHaveSingleItem().Code.ShouldBe("EF-CNP-INVALID");
        Own(Validate(Example("13-b2c-anonymous-13-zeros.xml"))).ShouldBeEmpty();
    }

    [Fact]
    public void A_Romanian_buyer_known_only_by_a_passport_number_is_not_identified()
    {
        var document = Example("12-b2c-with-cnp.xml");
        Party(document, "AccountingCustomerParty").Element(Cac + "PartyLegalEntity")!.Element(Cbc + "CompanyID")!.Value = "Pasaport RX123456";

        var finding = Own(Validate(document)).ShouldHaveSingleItem();

        finding.Code.ShouldBe("EF-B2C-BUYER-ID");
        finding.Message.ShouldContain("Pasaport RX123456");
        finding.Fix!.ShouldContain("0000000000000");
    }

    [Fact]
    public void A_buyer_without_any_identifier_is_left_to_BR_RO_120_under_CIUS_RO()
    {
        var document = Example("12-b2c-with-cnp.xml");
        Party(document, "AccountingCustomerParty").Element(Cac + "PartyLegalEntity")!.Element(Cbc + "CompanyID")!.Remove();

        var codes = Validate(document).Findings.Select(f => f.Code).ToList();
        codes.ShouldContain("BR-RO-120");
        codes.ShouldNotContain("EF-B2C-BUYER-ID");
        Validate(document, ValidationProfile.En16931).Findings.Select(f => f.Code).ShouldContain("EF-B2C-BUYER-ID");
    }

    [Fact]
    public void A_city_hall_without_order_reference_gets_a_B2G_warning()
    {
        var document = Example("14-b2g-public-institution.xml");
        document.Root!.Element(Cac + "OrderReference")!.Remove();

        var finding = Own(Validate(document)).ShouldHaveSingleItem();

        finding.Code.ShouldBe("EF-B2G-ORDER-REFERENCE");
        finding.Message.ShouldContain("Primaria Municipiului Cluj-Napoca");
        Own(Validate(document, publicBuyer: false)).ShouldBeEmpty();
    }

    [Fact]
    public void The_caller_can_say_the_buyer_is_public()
    {
        var document = Example("01-b2b-ron-21.xml");

        Own(Validate(document)).ShouldBeEmpty();
        Own(Validate(document, publicBuyer: true)).ShouldHaveSingleItem().Code.ShouldBe("EF-B2G-ORDER-REFERENCE");
    }

    [Theory]
    [InlineData("PRIMĂRIA COMUNEI FLORESTI", true)]
    [InlineData("Primăria Comunei Florești", true)]
    [InlineData("Spitalul Clinic Județean de Urgență Cluj", true)]
    [InlineData("Școala Gimnazială nr. 1 Bistrița", true)]
    [InlineData("Spitalul Sfânta Maria SRL", false)]
    [InlineData("Primarul Construct SRL", false)]
    [InlineData("Compania Națională de Autostrăzi", false)]
    public void Public_institutions_are_guessed_from_their_name_conservatively(string name, bool expected)
    {
        var document = Example("01-b2b-ron-21.xml");
        Party(document, "AccountingCustomerParty").Element(Cac + "PartyLegalEntity")!.Element(Cbc + "RegistrationName")!.Value = name;

        Own(Validate(document)).Any(f => f.Code == "EF-B2G-ORDER-REFERENCE").ShouldBe(expected);
    }

    [Fact]
    public void A_sector_beyond_six_as_county_says_Bucharest_has_six_sectors_and_suggests_no_lookalike_county()
    {
        var document = Example("01-b2b-ron-21.xml");
        Party(document, "AccountingSupplierParty").Descendants(Cbc + "CountrySubentity").Single().Value = "Sector 7";

        var finding = Own(Validate(document, ValidationProfile.En16931)).ShouldHaveSingleItem();

        finding.Code.ShouldBe("EF-COUNTY-CODE");
        finding.Message.ShouldContain("Bucharest has sectors 1 to 6");
        finding.MessageRo!.ShouldContain("sectoarele 1-6");
        finding.Fix!.ShouldContain("RO-B");
        finding.Message.ShouldNotContain("RO-BH");
    }

    [Fact]
    public void A_county_name_instead_of_its_code_is_an_own_warning_where_EN_16931_has_no_rule()
    {
        var document = Example("01-b2b-ron-21.xml");
        Party(document, "AccountingSupplierParty").Descendants(Cbc + "CountrySubentity").Single().Value = "Cluj";

        var finding = Own(Validate(document, ValidationProfile.En16931)).ShouldHaveSingleItem();
        finding.Code.ShouldBe("EF-COUNTY-CODE");
        finding.Message.ShouldContain("\"Cluj\"");
        finding.Message.ShouldContain("RO-CJ");

        var ciusRo = Validate(document).Findings.Select(f => f.Code).ToList();
        ciusRo.ShouldContain("BR-RO-110");
        ciusRo.ShouldNotContain("EF-COUNTY-CODE");
    }

    [Fact]
    public void A_credit_notes_delivery_county_is_checked_because_ANAF_rule_never_matches_it()
    {
        var text = Example("27-delivery-and-despatch.xml").ToString()
            .Replace("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2", StringComparison.Ordinal)
            .Replace("<Invoice ", "<CreditNote ", StringComparison.Ordinal).Replace("</Invoice>", "</CreditNote>", StringComparison.Ordinal)
            .Replace("InvoiceLine>", "CreditNoteLine>", StringComparison.Ordinal).Replace("InvoicedQuantity", "CreditedQuantity", StringComparison.Ordinal);
        var document = XDocument.Parse(text);
        document.Root!.Element(Cac + "Delivery")!.Descendants(Cbc + "CountrySubentity").Single().Value = "Tulcea";

        var codes = Validate(document).Findings.Select(f => f.Code).ToList();

        codes.ShouldNotContain("BR-RO-212");
        codes.ShouldContain("EF-COUNTY-CODE");
    }

    [Fact]
    public void The_deadline_passes_after_the_fifth_working_day()
    {
        var document = Example("28-tax-representative.xml"); // issued Thursday 2026-11-12

        Own(Validate(document, today: new DateOnly(2026, 11, 19))).ShouldBeEmpty();
        var finding = Own(Validate(document, today: new DateOnly(2026, 11, 21))).ShouldHaveSingleItem();

        finding.Code.ShouldBe("EF-DEADLINE-PASSED");
        finding.XPath.ShouldBe("/ubl:Invoice[1]/cbc:IssueDate[1]");
        finding.Message.ShouldContain("2026-11-12");
        finding.Message.ShouldContain("2026-11-19");
        finding.Message.ShouldContain("2 days");
        finding.MessageRo!.ShouldContain("2 zile");
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1582-12-31")]
    public void An_issue_date_before_the_holiday_calendar_gives_no_deadline_and_no_crash(string issued)
    {
        var document = Example("28-tax-representative.xml");
        document.Root!.Element(Cbc + "IssueDate")!.Value = issued;

        Own(Validate(document, today: new DateOnly(2026, 11, 21))).ShouldNotContain(f => f.Code == "EF-DEADLINE-PASSED");
    }

    [Fact]
    public void The_deadline_counts_from_the_issue_day_as_written_also_with_a_time_zone()
    {
        var document = Example("28-tax-representative.xml"); // issued Thursday 2026-11-12
        document.Root!.Element(Cbc + "IssueDate")!.Value = "2026-11-12+02:00";
        var options = new InvoiceValidatorOptions { TimeProvider = new FixedClock(new DateOnly(2026, 11, 21)) };

        var finding = Own(new InvoiceValidator(options).Validate(document.ToString())).ShouldHaveSingleItem();

        finding.Code.ShouldBe("EF-DEADLINE-PASSED");
        finding.Message.ShouldContain("2026-11-19");
    }

    [Fact]
    public void Own_warnings_never_make_a_document_invalid_and_can_be_turned_off()
    {
        var document = Example("01-b2b-ron-21.xml");
        var late = new InvoiceValidatorOptions { TimeProvider = new FixedClock(new DateOnly(2027, 1, 1)) };

        var result = new InvoiceValidator(late).Validate(document.ToString());
        result.Findings.ShouldHaveSingleItem().Code.ShouldBe("EF-DEADLINE-PASSED");
        result.IsValid.ShouldBeTrue();
        new InvoiceValidator(late with { OwnWarnings = false }).Validate(document.ToString()).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Every_own_rule_is_described_in_both_languages()
    {
        EfacturaRuleIds.All.Select(d => d.Id).ShouldBeUnique();
        foreach (var rule in EfacturaRuleIds.All)
        {
            rule.Id.ShouldStartWith("EF-");
            rule.Severity.ShouldBe(Severity.Warning);
            rule.MessageRo.ShouldNotBeNullOrWhiteSpace();
            rule.Fix.ShouldNotBeNullOrWhiteSpace();
        }
    }
}
