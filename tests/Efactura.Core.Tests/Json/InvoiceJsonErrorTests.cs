using System.Text.Json.Nodes;
using Efactura.Core.Findings;
using Efactura.Core.Json;
using static Efactura.Core.Tests.Json.InvoiceJsonSamples;

namespace Efactura.Core.Tests.Json;

public sealed class InvoiceJsonErrorTests
{
    [Fact]
    public void Malformed_JSON_reports_the_line_and_column()
    {
        const string json = "{\n  \"number\": \"1\",\n  \"issueDate\" \"2026-03-05\"\n}";

        var result = InvoiceJson.Parse(json);

        result.IsSuccess.ShouldBeFalse();
        result.Invoice.ShouldBeNull();
        var finding = result.ShouldReport(JsonErrorCodes.Syntax, "");
        finding.Severity.ShouldBe(Severity.Fatal);
        finding.Line.ShouldBe(3);
        finding.Column.ShouldBe(15); // the string where the colon belongs
        finding.Message.ShouldContain("line 3, column 15");
        finding.Message.ShouldNotContain("LineNumber");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"number\": }")]
    [InlineData("{} {}")]
    [InlineData("{\"a\": tru}")]
    [InlineData("\"unterminated")]
    [InlineData("[1, 2")]
    public void Malformed_JSON_never_throws(string json)
    {
        var result = InvoiceJson.Parse(json);

        result.IsSuccess.ShouldBeFalse();
        result.Findings.ShouldHaveSingleItem().Code.ShouldBe(JsonErrorCodes.Syntax);
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public void The_request_must_be_an_object(string json, string kind)
    {
        var finding = InvoiceJson.Parse(json).ShouldReport(JsonErrorCodes.Type, "");

        finding.Message.ShouldContain(kind);
    }

    [Fact]
    public void Deeply_nested_JSON_is_refused_without_throwing()
    {
        var json = new string('[', 200) + new string(']', 200);

        InvoiceJson.Parse(json).Findings.ShouldHaveSingleItem().Code.ShouldBe(JsonErrorCodes.Syntax);
    }

    [Fact]
    public void Missing_required_fields_point_at_where_they_belong()
    {
        var request = MinimalNode();
        request.Remove("number");
        Line(request).Remove("unitPrice");
        request["supplier"]!.AsObject().Remove("name");

        var result = Parse(request);

        result.ShouldReport(JsonErrorCodes.Required, "/number").Message.ShouldContain("BT-1");
        result.ShouldReport(JsonErrorCodes.Required, "/lines/0/unitPrice").Message.ShouldContain("BT-146");
        result.ShouldReport(JsonErrorCodes.Required, "/supplier/name");
        result.Invoice.ShouldBeNull();
    }

    [Fact]
    public void An_invoice_needs_lines()
    {
        var request = MinimalNode();
        request["lines"] = new JsonArray();

        Parse(request).ShouldReport(JsonErrorCodes.Required, "/lines").Message.ShouldContain("BR-16");
    }

    [Fact]
    public void Wrong_JSON_types_are_reported_with_the_value()
    {
        var request = MinimalNode();
        Line(request)["quantity"] = new JsonObject { ["value"] = 1 };
        request["notes"] = "just one note";
        request["supplier"]!["name"] = true;

        var result = Parse(request);

        result.ShouldReport(JsonErrorCodes.Type, "/lines/0/quantity").Message.ShouldContain("an object");
        result.ShouldReport(JsonErrorCodes.Type, "/notes").Message.ShouldContain("\"just one note\"");
        result.ShouldReport(JsonErrorCodes.Type, "/supplier/name").Message.ShouldContain("true");
    }

    [Fact]
    public void A_decimal_comma_is_refused_with_the_number_to_write_instead()
    {
        var request = MinimalNode();
        Line(request)["quantity"] = "1,5";

        var finding = Parse(request).ShouldReport(JsonErrorCodes.Format, "/lines/0/quantity");

        finding.Message.ShouldContain("\"1,5\"");
        finding.Fix!.ShouldContain("1.5");
        finding.MessageRo!.ShouldContain("punctul");
    }

    [Theory]
    [InlineData("12.5.0")]
    [InlineData("12 EUR")]
    [InlineData("1e3")]
    [InlineData("")]
    public void Text_that_is_not_a_decimal_number_is_a_format_error(string value)
    {
        var request = MinimalNode();
        Line(request)["unitPrice"] = value;

        var result = Parse(request);

        result.Findings.ShouldContain(f => f.Field == "/lines/0/unitPrice" && (f.Code == JsonErrorCodes.Format || f.Code == JsonErrorCodes.Required));
        result.IsSuccess.ShouldBeFalse();
    }

    [Theory]
    [InlineData("05.03.2026")]
    [InlineData("2026-3-5")]
    [InlineData("2026-02-30")]
    [InlineData("2026-03-05T10:00:00")]
    public void Dates_are_year_month_day_only(string date)
    {
        var request = MinimalNode();
        request["issueDate"] = date;

        Parse(request).ShouldReport(JsonErrorCodes.Format, "/issueDate").Fix!.ShouldContain("2026-03-05");
    }

    [Fact]
    public void Unknown_fields_are_warnings_that_suggest_the_known_name()
    {
        var request = MinimalNode();
        var line = Line(request);
        line["quantiy"] = line["quantity"]!.DeepClone();
        line.Remove("quantity");
        request["dueDtae"] = "2026-04-05";

        var result = Parse(request);

        var typo = result.ShouldReport(JsonErrorCodes.UnknownField, "/lines/0/quantiy");
        typo.Severity.ShouldBe(Severity.Warning);
        typo.Message.ShouldContain("Did you mean \"quantity\"?");
        typo.MessageRo!.ShouldContain("„quantity”");
        result.ShouldReport(JsonErrorCodes.UnknownField, "/dueDtae").Message.ShouldContain("\"dueDate\"");
        result.ShouldReport(JsonErrorCodes.Required, "/lines/0/quantity");
    }

    [Fact]
    public void An_unknown_field_alone_does_not_stop_the_invoice()
    {
        var request = MinimalNode();
        request["internalId"] = 42;

        var result = Parse(request);

        result.IsSuccess.ShouldBeTrue();
        result.ShouldReport(JsonErrorCodes.UnknownField, "/internalId").Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void Pointers_escape_slashes_and_tildes_as_RFC_6901_says()
    {
        var request = MinimalNode();
        request["a/b~c"] = 1;

        Parse(request).ShouldReport(JsonErrorCodes.UnknownField, "/a~1b~0c");
    }

    [Fact]
    public void A_field_given_twice_is_an_error()
    {
        var json = InvoiceJsonSamples.Minimal.Replace("\"number\": \"FCT-2026-001\",", "\"number\": \"A\", \"Number\": \"B\",", StringComparison.Ordinal);

        InvoiceJson.Parse(json).ShouldReport(JsonErrorCodes.DuplicateField, "/Number");
    }

    [Fact]
    public void Unknown_unit_lists_the_closest_codes()
    {
        var request = MinimalNode();
        Line(request)["unit"] = "bucătele";

        var finding = Parse(request).ShouldReport(JsonErrorCodes.UnitUnknown, "/lines/0/unit");

        finding.Message.ShouldContain("\"bucătele\"");
        finding.Message.ShouldContain("Closest known:");
        finding.MessageRo!.ShouldContain("unitatea de măsură");
    }

    [Fact]
    public void Unknown_county_lists_the_closest_counties()
    {
        var request = MinimalNode();
        request["supplier"]!["address"]!["county"] = "Clujj";

        var finding = Parse(request).ShouldReport(JsonErrorCodes.CountyUnknown, "/supplier/address/county");

        finding.Message.ShouldContain("Cluj (RO-CJ)");
    }

    [Fact]
    public void Romanian_address_needs_its_county()
    {
        var request = MinimalNode();
        request["supplier"]!["address"]!.AsObject().Remove("county");

        Parse(request).ShouldReport(JsonErrorCodes.Required, "/supplier/address/county").Message.ShouldContain("BT-39");
    }

    [Fact]
    public void Unknown_codes_point_at_their_field()
    {
        var request = MinimalNode();
        request["currency"] = "EURO";
        request["type"] = "proforma";
        request["customer"]!["address"]!["country"] = "XX";
        Line(request)["vatCategory"] = "X";
        request["payment"] = new JsonObject { ["means"] = "paypal" };

        var result = Parse(request);

        result.ShouldReport(JsonErrorCodes.CurrencyUnknown, "/currency");
        result.ShouldReport(JsonErrorCodes.TypeUnknown, "/type");
        result.ShouldReport(JsonErrorCodes.CountryUnknown, "/customer/address/country");
        result.ShouldReport(JsonErrorCodes.VatCategoryUnknown, "/lines/0/vatCategory");
        result.ShouldReport(JsonErrorCodes.PaymentMeansUnknown, "/payment/means");
    }

    [Fact]
    public void Several_errors_are_reported_at_once()
    {
        var request = MinimalNode();
        request["issueDate"] = "5 martie 2026";
        Line(request)["unit"] = "xyzzy";
        Line(request)["unitPrice"] = "150,00";
        request["lines"]!.AsArray().Add(new JsonObject { ["description"] = "Deplasare", ["quantity"] = 1, ["vatRate"] = 21 });
        request["customer"]!["address"]!["county"] = "Atlantida";

        var result = Parse(request);

        result.Findings.Select(f => (f.Code, f.Field)).ShouldBe(
        [
            (JsonErrorCodes.Format, "/issueDate"),
            (JsonErrorCodes.CountyUnknown, "/customer/address/county"),
            (JsonErrorCodes.UnitUnknown, "/lines/0/unit"),
            (JsonErrorCodes.Format, "/lines/0/unitPrice"),
            (JsonErrorCodes.Required, "/lines/1/unitPrice"),
        ], ignoreOrder: true);
        result.Invoice.ShouldBeNull();
    }

    [Fact]
    public void Expected_total_that_differs_shows_both_numbers()
    {
        var request = MinimalNode();
        request["expectedTotals"] = new JsonObject { ["taxInclusive"] = 1814.99, ["vat"] = 315 };

        var finding = Parse(request).ShouldReport(JsonErrorCodes.TotalMismatch, "/expectedTotals/taxInclusive");

        finding.Message.ShouldContain("1814.99");
        finding.Message.ShouldContain("1815.00");
        finding.MessageRo!.ShouldContain("1814.99");
    }

    [Fact]
    public void Stated_VAT_in_RON_must_agree_with_the_exchange_rate()
    {
        var request = MinimalNode();
        request["currency"] = "EUR";
        request["exchangeRate"] = 5;
        request["vatTotalRon"] = 1500;

        var finding = Parse(request).ShouldReport(JsonErrorCodes.TotalMismatch, "/vatTotalRon");

        finding.Message.ShouldContain("1575.00");
    }

    [Fact]
    public void Foreign_currency_needs_an_exchange_rate_or_the_VAT_in_RON()
    {
        var request = MinimalNode();
        request["currency"] = "EUR";

        Parse(request).ShouldReport(JsonErrorCodes.Required, "/exchangeRate").Message.ShouldContain("BT-111");
    }

    [Fact]
    public void Zero_rate_without_category_is_ambiguous()
    {
        var request = MinimalNode();
        Line(request)["vatRate"] = 0;

        Parse(request).ShouldReport(JsonErrorCodes.Required, "/lines/0/vatCategory").Fix!.ShouldContain("AE");
    }

    [Fact]
    public void Reverse_charge_with_a_rate_is_a_mismatch()
    {
        var request = MinimalNode();
        Line(request)["vatCategory"] = "AE";

        Parse(request).ShouldReport(JsonErrorCodes.VatRateMismatch, "/lines/0/vatRate").Message.ShouldContain("not 21");
    }

    [Fact]
    public void Exempt_line_needs_a_reason()
    {
        var request = MinimalNode();
        Line(request)["vatCategory"] = "E";
        Line(request).Remove("vatRate");

        Parse(request).ShouldReport(JsonErrorCodes.Required, "/lines/0/exemptionReason").Message.ShouldContain("BT-120");
    }

    [Fact]
    public void Exempt_lines_with_different_reasons_conflict()
    {
        var request = MinimalNode();
        request["lines"] = new JsonArray(
            new JsonObject { ["description"] = "a", ["quantity"] = 1, ["unitPrice"] = 1, ["vatCategory"] = "E", ["exemptionReasonCode"] = "VATEX-EU-132" },
            new JsonObject { ["description"] = "b", ["quantity"] = 1, ["unitPrice"] = 1, ["vatCategory"] = "E", ["exemptionReasonCode"] = "VATEX-EU-143" });

        Parse(request).ShouldReport(JsonErrorCodes.ExemptionConflict, "/lines/1/exemptionReasonCode").Message.ShouldContain("/lines/0/exemptionReasonCode");
    }

    [Fact]
    public void Unknown_VATEX_code_is_refused()
    {
        var request = MinimalNode();
        Line(request)["vatCategory"] = "E";
        Line(request).Remove("vatRate");
        Line(request)["exemptionReasonCode"] = "VATEX-EU-999";

        Parse(request).ShouldReport(JsonErrorCodes.ExemptionCodeUnknown, "/lines/0/exemptionReasonCode");
    }

    [Fact]
    public void Standard_rate_that_Romania_did_not_have_is_a_warning()
    {
        var request = MinimalNode();
        Line(request)["vatRate"] = 19; // 19% ended on 2025-07-31

        var result = Parse(request);

        result.IsSuccess.ShouldBeTrue();
        result.ShouldReport(JsonErrorCodes.VatRateUnusual, "/lines/0/vatRate").Message.ShouldContain("21");
    }

    [Fact]
    public void Document_allowance_needs_its_VAT_when_the_lines_have_several()
    {
        var request = MinimalNode();
        request["lines"]!.AsArray().Add(new JsonObject { ["description"] = "Carte", ["quantity"] = 1, ["unitPrice"] = 50, ["vatRate"] = 11 });
        request["allowances"] = new JsonArray(new JsonObject { ["amount"] = 10 });

        var finding = Parse(request).ShouldReport(JsonErrorCodes.Required, "/allowances/0/vatCategory");

        finding.Message.ShouldContain("S 21%, S 11%");
    }

    [Fact]
    public void Charge_needs_a_reason()
    {
        var request = MinimalNode();
        request["charges"] = new JsonArray(new JsonObject { ["amount"] = 10 });

        Parse(request).ShouldReport(JsonErrorCodes.Required, "/charges/0/reason");
    }

    [Fact]
    public void Line_ids_must_be_unique()
    {
        var request = MinimalNode();
        Line(request)["id"] = "A";
        request["lines"]!.AsArray().Add(new JsonObject { ["id"] = "A", ["description"] = "x", ["quantity"] = 1, ["unitPrice"] = 1, ["vatRate"] = 21 });

        Parse(request).ShouldReport(JsonErrorCodes.LineIdDuplicate, "/lines/1/id").Message.ShouldContain("/lines/0");
    }

    [Fact]
    public void One_preceding_invoice_or_several_not_both()
    {
        var request = MinimalNode();
        request["precedingInvoice"] = new JsonObject { ["number"] = "A" };
        request["precedingInvoices"] = new JsonArray(new JsonObject { ["number"] = "B" });

        Parse(request).ShouldReport(JsonErrorCodes.Conflict, "/precedingInvoice");
    }

    [Fact]
    public void Wrong_check_digits_are_warnings()
    {
        var request = MinimalNode();
        request["customer"]!["cui"] = "2816465";
        request["payment"] = new JsonObject { ["iban"] = "RO49AAAA1B31007593840001" };

        var result = Parse(request);

        result.IsSuccess.ShouldBeTrue();
        result.ShouldReport(JsonErrorCodes.CuiInvalid, "/customer/cui").Severity.ShouldBe(Severity.Warning);
        result.ShouldReport(JsonErrorCodes.IbanInvalid, "/payment/iban").Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void Buyer_has_one_legal_registration_id()
    {
        var request = MinimalNode();
        request["customer"]!["tradeRegister"] = "J40/1/2000";

        var result = Parse(request);

        result.IsSuccess.ShouldBeTrue();
        result.ShouldReport(JsonErrorCodes.Ignored, "/customer/tradeRegister").Message.ShouldContain("\"cui\"");
    }

    [Fact]
    public void Amounts_with_more_than_two_decimals_are_rounded_with_a_warning()
    {
        var request = MinimalNode();
        request["prepaidAmount"] = "10.005";

        var result = Parse(request);

        result.Invoice!.Totals.PrepaidAmount.ShouldBe(10.01m);
        result.ShouldReport(JsonErrorCodes.AmountRounded, "/prepaidAmount").Message.ShouldContain("10.01");
    }

    [Fact]
    public void Attachment_content_must_be_base64_with_name_and_type()
    {
        var request = MinimalNode();
        request["attachments"] = new JsonArray(new JsonObject { ["id"] = "Aviz 12", ["content"] = "not base64!" });

        var result = Parse(request);

        result.ShouldReport(JsonErrorCodes.Format, "/attachments/0/content");
        result.ShouldReport(JsonErrorCodes.Required, "/attachments/0/fileName");
        result.ShouldReport(JsonErrorCodes.Required, "/attachments/0/mimeType");
    }

    [Fact]
    public void A_customer_naming_a_partner_is_refused_where_nothing_filled_it_from_the_partner()
    {
        var request = MinimalNode();
        request["customer"]!.AsObject()["PartnerId"] = "0190a6f2-1c2d-7e3f-8a4b-5c6d7e8f9a0b";

        var result = Parse(request);

        result.Invoice.ShouldBeNull();
        var finding = result.ShouldReport(JsonErrorCodes.PartnerNotFilled, "/customer/PartnerId");
        finding.Severity.ShouldBe(Severity.Fatal);
        finding.Message.ShouldContain("only the gateway");
        result.Findings.ShouldNotContain(f => f.Code == JsonErrorCodes.UnknownField);
    }

    [Fact]
    public void Only_the_customer_may_name_a_partner()
    {
        var request = MinimalNode();
        request["supplier"]!.AsObject()["partnerId"] = "0190a6f2-1c2d-7e3f-8a4b-5c6d7e8f9a0b";

        var result = Parse(request);

        result.Invoice.ShouldBeNull();
        result.ShouldReport(JsonErrorCodes.PartnerNotFilled, "/supplier/partnerId").Message.ShouldContain("Only the customer");
    }

    [Fact]
    public void Every_code_in_the_catalogue_is_distinct_and_ours()
    {
        var codes = typeof(JsonErrorCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();

        codes.ShouldAllBe(c => c.StartsWith("EF-", StringComparison.Ordinal));
        codes.Distinct().Count().ShouldBe(codes.Count);
    }
}
