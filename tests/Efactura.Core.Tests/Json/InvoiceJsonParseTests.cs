using System.Globalization;
using System.Text.Json.Nodes;
using Efactura.Core.Json;
using Efactura.Core.Model;
using static Efactura.Core.Tests.Json.InvoiceJsonSamples;

namespace Efactura.Core.Tests.Json;

public sealed class InvoiceJsonParseTests
{
    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Minimal_invoice_parses_and_computes_the_totals()
    {
        var invoice = ParseClean(MinimalNode());

        invoice.Number.ShouldBe("FCT-2026-001");
        invoice.IssueDate.ShouldBe(new DateOnly(2026, 3, 5));
        invoice.TypeCode.ShouldBe(InvoiceTypeCode.CommercialInvoice);
        invoice.CurrencyCode.ShouldBe("RON");
        invoice.TaxCurrencyCode.ShouldBeNull();
        invoice.CustomizationId.ShouldBe(Specification.CiusRo);
        var line = invoice.Lines.ShouldHaveSingleItem();
        line.ShouldSatisfyAllConditions(
            l => l.Id.ShouldBe("1"),
            l => l.UnitCode.ShouldBe("HUR"),
            l => l.VatCategory.ShouldBe(VatCategory.Standard),
            l => l.VatRate.ShouldBe(21m),
            l => l.NetAmount.ShouldBe(1500m),
            l => l.Item.Name.ShouldBe("Consultanță"));
        var vat = invoice.VatBreakdown.ShouldHaveSingleItem();
        vat.TaxableAmount.ShouldBe(1500m);
        vat.TaxAmount.ShouldBe(315m);
        invoice.Totals.ShouldSatisfyAllConditions(
            t => Text(t.LineNetTotal).ShouldBe("1500.00"),
            t => Text(t.TaxExclusiveAmount).ShouldBe("1500.00"),
            t => Text(t.VatTotal!.Value).ShouldBe("315.00"),
            t => Text(t.TaxInclusiveAmount).ShouldBe("1815.00"),
            t => Text(t.PayableAmount).ShouldBe("1815.00"));
    }

    [Fact]
    public void Romanian_parties_map_to_the_terms_ANAF_examples_use()
    {
        var invoice = ParseClean(MinimalNode());

        invoice.Seller.VatIdentifier.ShouldBe("RO14080700");
        invoice.Seller.LegalRegistrationId.ShouldBe(new Identifier("J40/1234/2020"));
        invoice.Seller.TaxRegistrationId.ShouldBeNull();
        invoice.Seller.Address.ShouldSatisfyAllConditions(
            a => a.CountryCode.ShouldBe("RO"),
            a => a.CountrySubdivision.ShouldBe("RO-CJ"),
            a => a.City.ShouldBe("Cluj-Napoca"),
            a => a.Line1.ShouldBe("Str. Memorandumului 1"));
        invoice.Buyer.LegalRegistrationId.ShouldBe(new Identifier("2816464"));
        invoice.Buyer.VatIdentifier.ShouldBeNull();
    }

    [Fact]
    public void Seller_without_VAT_number_gives_its_cui_as_tax_registration_id()
    {
        var request = MinimalNode();
        var supplier = request["supplier"]!.AsObject();
        supplier.Remove("vatNumber");
        supplier["cui"] = "RO 14080700";

        var invoice = ParseClean(request);

        invoice.Seller.TaxRegistrationId.ShouldBe("14080700");
        invoice.Seller.VatIdentifier.ShouldBeNull();
    }

    [Fact]
    public void Buyer_person_is_named_by_cnp_or_thirteen_zeros()
    {
        var request = MinimalNode();
        var customer = request["customer"]!.AsObject();
        customer.Remove("cui");
        customer["cnp"] = "0000000000000";

        ParseClean(request).Buyer.LegalRegistrationId.ShouldBe(new Identifier("0000000000000"));
    }

    [Fact]
    public void Amounts_and_quantities_may_be_numbers_or_strings_and_keep_their_scale()
    {
        var request = MinimalNode();
        var line = Line(request);
        line["quantity"] = "2.500";
        line["unitPrice"] = "12.50";
        request["prepaidAmount"] = 10;

        var invoice = ParseClean(request);

        Text(invoice.Lines[0].Quantity).ShouldBe("2.500");
        Text(invoice.Lines[0].Price.NetAmount).ShouldBe("12.50");
        Text(invoice.Lines[0].NetAmount).ShouldBe("31.25");
        Text(invoice.Totals.PrepaidAmount!.Value).ShouldBe("10.00");
    }

    [Fact]
    public void Unit_prices_keep_their_precision_while_line_amounts_are_rounded_once()
    {
        var request = MinimalNode();
        var line = Line(request);
        line["quantity"] = 3;
        line["unitPrice"] = 33.333;

        var invoice = ParseClean(request);

        Text(invoice.Lines[0].Price.NetAmount).ShouldBe("33.333");
        Text(invoice.Lines[0].NetAmount).ShouldBe("100.00"); // 99.999, rounded once; never 3 × 33.33 = 99.99
    }

    [Fact]
    public void Decimals_are_exact_so_tenths_add_up()
    {
        var request = MinimalNode();
        request["lines"] = new JsonArray(
            new JsonObject { ["description"] = "a", ["quantity"] = 1, ["unitPrice"] = 0.1, ["vatRate"] = 21 },
            new JsonObject { ["description"] = "b", ["quantity"] = 1, ["unitPrice"] = "0.2", ["vatRate"] = 21 });
        request["expectedTotals"] = new JsonObject { ["lineNetTotal"] = 0.3, ["vat"] = 0.06, ["taxInclusive"] = "0.36" };

        var invoice = ParseClean(request);

        Text(invoice.Totals.LineNetTotal).ShouldBe("0.30");
        invoice.Totals.VatTotal.ShouldBe(0.06m); // round(0.30 × 21%) = 0.063 → 0.06, computed once per category
    }

    [Theory]
    [InlineData("buc", "H87")]
    [InlineData("Bucăți", "H87")]
    [InlineData("kg", "KGM")]
    [InlineData("ore", "HUR")]
    [InlineData("HUR", "HUR")]
    [InlineData("h87", "H87")]
    public void Romanian_unit_names_become_UN_ECE_codes(string unit, string code)
    {
        var request = MinimalNode();
        Line(request)["unit"] = unit;

        ParseClean(request).Lines[0].UnitCode.ShouldBe(code);
    }

    [Fact]
    public void A_line_without_unit_is_counted_in_pieces()
    {
        var request = MinimalNode();
        Line(request).Remove("unit");

        ParseClean(request).Lines[0].UnitCode.ShouldBe("H87");
    }

    [Theory]
    [InlineData("Cluj", "Cluj-Napoca", "RO-CJ", "Cluj-Napoca")]
    [InlineData("RO-CJ", "Cluj-Napoca", "RO-CJ", "Cluj-Napoca")]
    [InlineData("jud. Caraș-Severin", "Reșița", "RO-CS", "Reșița")]
    [InlineData("Sector 3", "București", "RO-B", "SECTOR3")]
    [InlineData("Bucuresti", "Sector 2", "RO-B", "SECTOR2")]
    [InlineData("București", "sectorul 6", "RO-B", "SECTOR6")]
    [InlineData("RO-B", "SECTOR1", "RO-B", "SECTOR1")]
    public void Counties_become_ISO_codes_and_Bucharest_sectors_the_city(string county, string city, string code, string expectedCity)
    {
        var request = MinimalNode();
        var address = request["customer"]!["address"]!.AsObject();
        address["county"] = county;
        address["city"] = city;

        var parsed = ParseClean(request).Buyer.Address;

        parsed.CountrySubdivision.ShouldBe(code);
        parsed.City.ShouldBe(expectedCity);
    }

    [Theory]
    [InlineData("Sector 7", "Cluj-Napoca", "/customer/address/county")]
    [InlineData("sectorul 0", "Cluj-Napoca", "/customer/address/county")]
    [InlineData("București", "Sector 7", "/customer/address/city")]
    public void A_sector_Bucharest_does_not_have_says_it_has_sectors_1_to_6(string county, string city, string field)
    {
        var request = MinimalNode();
        var address = request["customer"]!["address"]!.AsObject();
        address["county"] = county;
        address["city"] = city;

        var finding = Parse(request).ShouldReport(JsonErrorCodes.CountyUnknown, field);

        finding.Message.ShouldContain("Bucharest has sectors 1 to 6");
        finding.MessageRo!.ShouldContain("sectoarele 1-6");
        finding.Message.ShouldNotContain("Bihor");
    }

    [Fact]
    public void Bucharest_without_a_sector_is_a_warning_pointing_at_the_city()
    {
        var request = MinimalNode();
        request["customer"]!["address"]!["county"] = "București";

        var result = Parse(request);

        result.IsSuccess.ShouldBeTrue();
        result.ShouldReport(JsonErrorCodes.SectorMissing, "/customer/address/city").Severity.ShouldBe(Findings.Severity.Warning);
    }

    [Fact]
    public void Foreign_addresses_keep_their_region_as_written()
    {
        var request = MinimalNode();
        request["customer"]!["address"] = new JsonObject { ["street"] = "Hauptstraße 1", ["city"] = "München", ["county"] = "Bayern", ["country"] = "de" };
        request["customer"]!["vatNumber"] = "DE123456789";

        var address = ParseClean(request).Buyer.Address;

        address.CountryCode.ShouldBe("DE");
        address.CountrySubdivision.ShouldBe("Bayern");
    }

    [Fact]
    public void Invoice_in_euro_states_its_VAT_in_RON_from_the_exchange_rate()
    {
        var request = MinimalNode();
        request["currency"] = "EUR";
        request["exchangeRate"] = "4.9750";

        var invoice = ParseClean(request);

        invoice.CurrencyCode.ShouldBe("EUR");
        invoice.TaxCurrencyCode.ShouldBe("RON");
        invoice.Totals.VatTotal.ShouldBe(315m);
        invoice.Totals.VatTotalInTaxCurrency.ShouldBe(1567.13m); // 315 × 4.975 = 1567.125, rounded half away from zero
    }

    [Fact]
    public void Invoice_in_euro_may_state_the_VAT_in_RON_directly()
    {
        var request = MinimalNode();
        request["currency"] = "EUR";
        request["vatTotalRon"] = 1567.10;

        ParseClean(request).Totals.VatTotalInTaxCurrency.ShouldBe(1567.10m);
    }

    [Fact]
    public void Credit_note_refers_to_the_invoice_it_corrects()
    {
        var request = MinimalNode();
        request["type"] = "creditNote";
        request["precedingInvoice"] = new JsonObject { ["number"] = "FCT-2026-000", ["issueDate"] = "2026-02-01" };

        var invoice = ParseClean(request);

        invoice.TypeCode.ShouldBe(InvoiceTypeCode.CreditNote);
        invoice.IsCreditNote.ShouldBeTrue();
        invoice.PrecedingInvoices.ShouldHaveSingleItem().ShouldBe(new PrecedingInvoiceReference("FCT-2026-000", new DateOnly(2026, 2, 1)));
    }

    [Theory]
    [InlineData("invoice", "380")]
    [InlineData("correctedInvoice", "384")]
    [InlineData("selfBilled", "389")]
    [InlineData("accounting", "751")]
    [InlineData("381", "381")]
    public void Document_type_is_a_name_or_a_UNCL_1001_code(string type, string code)
    {
        var request = MinimalNode();
        request["type"] = type;

        ParseClean(request).TypeCode.Code.ShouldBe(code);
    }

    [Fact]
    public void Expected_totals_that_agree_pass_silently()
    {
        var request = MinimalNode();
        request["expectedTotals"] = new JsonObject
        {
            ["lineNetTotal"] = 1500, ["allowanceTotal"] = 0, ["chargeTotal"] = 0, ["taxExclusive"] = "1500.00",
            ["vat"] = 315, ["taxInclusive"] = 1815, ["payable"] = 1815,
        };

        ParseClean(request);
    }

    [Fact]
    public void Reverse_charge_gets_rate_zero_and_the_VATEX_code_by_default()
    {
        var request = MinimalNode();
        var line = Line(request);
        line.Remove("vatRate");
        line["vatCategory"] = "ae";

        var invoice = ParseClean(request);

        invoice.Lines[0].VatCategory.ShouldBe(VatCategory.ReverseCharge);
        invoice.Lines[0].VatRate.ShouldBe(0m);
        var vat = invoice.VatBreakdown.ShouldHaveSingleItem();
        vat.ExemptionReasonCode.ShouldBe("VATEX-EU-AE");
        vat.TaxAmount.ShouldBe(0m);
    }

    [Fact]
    public void Outside_scope_lines_have_no_rate()
    {
        var request = MinimalNode();
        var line = Line(request);
        line["vatRate"] = 0;
        line["vatCategory"] = "O";

        var invoice = ParseClean(request);

        invoice.Lines[0].VatRate.ShouldBeNull();
        invoice.VatBreakdown[0].ExemptionReasonCode.ShouldBe("VATEX-EU-O");
    }

    [Fact]
    public void Exempt_lines_share_the_reason_the_sender_gives()
    {
        var request = MinimalNode();
        request["lines"] = new JsonArray(
            new JsonObject { ["description"] = "Curs", ["quantity"] = 1, ["unitPrice"] = 100, ["vatCategory"] = "E", ["exemptionReason"] = "Scutit conform art. 292 alin. (1) lit. f) din Codul fiscal" },
            new JsonObject { ["description"] = "Manual", ["quantity"] = 1, ["unitPrice"] = 50, ["vatCategory"] = "E" });

        var vat = ParseClean(request).VatBreakdown.ShouldHaveSingleItem();

        vat.TaxableAmount.ShouldBe(150m);
        vat.ExemptionReason.ShouldBe("Scutit conform art. 292 alin. (1) lit. f) din Codul fiscal");
    }

    [Fact]
    public void Line_discounts_are_an_amount_or_a_percentage_of_the_line()
    {
        var request = MinimalNode();
        request["lines"] = new JsonArray(
            new JsonObject { ["description"] = "a", ["quantity"] = 2, ["unitPrice"] = 50, ["vatRate"] = 21, ["discount"] = 5 },
            new JsonObject { ["description"] = "b", ["quantity"] = 3, ["unitPrice"] = "33.33", ["vatRate"] = 21, ["discount"] = new JsonObject { ["percent"] = 10, ["reason"] = "Fidelitate" } },
            new JsonObject { ["description"] = "c", ["quantity"] = 1, ["unitPrice"] = 10, ["vatRate"] = 21, ["charges"] = new JsonArray(new JsonObject { ["amount"] = 2, ["reasonCode"] = "FC" }) });

        var lines = ParseClean(request).Lines;

        lines[0].AllowanceCharges.ShouldHaveSingleItem().ShouldBe(new AllowanceCharge { IsCharge = false, Amount = 5m, ReasonCode = "95" });
        lines[0].NetAmount.ShouldBe(95m);
        var percent = lines[1].AllowanceCharges.ShouldHaveSingleItem();
        percent.BaseAmount.ShouldBe(99.99m);
        percent.Amount.ShouldBe(10.00m); // 9.999 → 10.00
        lines[1].NetAmount.ShouldBe(89.99m);
        lines[2].NetAmount.ShouldBe(12m);
    }

    [Fact]
    public void Document_allowance_takes_the_only_VAT_rate_of_the_lines()
    {
        var request = MinimalNode();
        request["allowances"] = new JsonArray(new JsonObject { ["percent"] = 10, ["reason"] = "Discount comercial" });
        request["charges"] = new JsonArray(new JsonObject { ["amount"] = 25, ["reason"] = "Transport" });

        var invoice = ParseClean(request);

        var allowance = invoice.Allowances.ShouldHaveSingleItem();
        allowance.ShouldSatisfyAllConditions(
            a => a.VatCategory.ShouldBe(VatCategory.Standard),
            a => a.VatRate.ShouldBe(21m),
            a => a.BaseAmount.ShouldBe(1500m),
            a => a.Amount.ShouldBe(150m));
        invoice.Totals.TaxExclusiveAmount.ShouldBe(1375m);
        invoice.Totals.VatTotal.ShouldBe(288.75m);
        invoice.Totals.PayableAmount.ShouldBe(1663.75m);
    }

    [Fact]
    public void Item_details_classifications_and_attributes()
    {
        var request = MinimalNode();
        var line = Line(request);
        line["gtin"] = "5941234567890";
        line["cpv"] = "79411000-8";
        line["nc"] = "85176990";
        line["itemCode"] = "CONS-01";
        line["originCountry"] = "ro";
        line["attributes"] = new JsonObject { ["Culoare"] = "albastru", ["Mărime"] = "L" };

        var item = ParseClean(request).Lines[0].Item;

        item.StandardId.ShouldBe(new Identifier("5941234567890", "0160"));
        item.Classifications.ShouldBe([new ItemClassification("79411000-8", "STI"), new ItemClassification("85176990", "TSP")]);
        item.SellersId.ShouldBe("CONS-01");
        item.OriginCountry.ShouldBe("RO");
        item.Attributes.ShouldBe([new ItemAttribute("Culoare", "albastru"), new ItemAttribute("Mărime", "L")]);
    }

    [Fact]
    public void Payment_by_transfer_to_an_IBAN()
    {
        var request = MinimalNode();
        request["payment"] = new JsonObject { ["means"] = "transfer", ["iban"] = "RO49 AAAA 1B31 0075 9384 0000", ["terms"] = "30 de zile" };

        var invoice = ParseClean(request);

        var payment = invoice.PaymentInstructions.ShouldHaveSingleItem();
        payment.MeansCode.ShouldBe("30");
        payment.CreditTransfer.ShouldBe(new CreditTransfer("RO49AAAA1B31007593840000"));
        invoice.PaymentTerms.ShouldBe("30 de zile");
    }

    [Fact]
    public void Notes_are_strings_or_objects_with_a_subject()
    {
        var request = MinimalNode();
        request["notes"] = new JsonArray("Mulțumim!", new JsonObject { ["text"] = "Capital social 200 RON", ["subjectCode"] = "reg" });

        ParseClean(request).Notes.ShouldBe([new InvoiceNote("Mulțumim!"), new InvoiceNote("Capital social 200 RON", "REG")]);
    }

    [Fact]
    public void Comments_and_trailing_commas_in_hand_written_JSON_are_accepted()
    {
        var json = Minimal.Replace("\"number\": \"FCT-2026-001\",", "// the series and number\n  \"number\": \"FCT-2026-001\",", StringComparison.Ordinal)
            .Replace("\"vatRate\": 21 }", "\"vatRate\": 21, }", StringComparison.Ordinal);

        InvoiceJson.Parse(json).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public async Task Streams_parse_like_text()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Minimal));

        var result = await InvoiceJson.ParseAsync(stream, TestContext.Current.CancellationToken);

        result.IsSuccess.ShouldBeTrue();
        result.Invoice!.Totals.PayableAmount.ShouldBe(1815m);
    }

    [Fact]
    public void A_byte_order_mark_is_ignored()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Minimal)];

        InvoiceJson.Parse(bytes).IsSuccess.ShouldBeTrue();
    }
}
