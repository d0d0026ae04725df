using System.Text.Json.Nodes;
using Efactura.Core.Findings;
using Efactura.Core.Json;
using Efactura.Testing;
using Efactura.Validation.Tests.Rules.Efactura;

namespace Efactura.Validation.Tests.Fields;

/// <summary>Validating JSON and models: one field broken at a time in the examples fires findings that point at it.</summary>
public sealed class ModelValidationTests
{
    private static readonly InvoiceValidator OnTheIssueDay = new(new InvoiceValidatorOptions { TimeProvider = new FixedClock(new DateOnly(2026, 11, 21)) });

    private static JsonObject Example(string name) => JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Examples, name)))!.AsObject();

    public static TheoryData<string> Examples() => [.. Directory.GetFiles(TestPaths.Examples, "*.json").Select(Path.GetFileName).OfType<string>().Order()];

    /// <summary>(example, JSON pointer of the field, new value or null to remove it, profile, rule expected at that field)</summary>
    public static TheoryData<string, string, string?, ValidationProfile, string> Mutations() => new()
    {
        { "01-b2b-ron-21.json", "/lines/2/unitPrice", "-5", ValidationProfile.En16931, "BR-27" },
        { "02-mixed-rates-21-11-0.json", "/lines/3/unitPrice", "-1", ValidationProfile.En16931, "BR-27" },
        { "01-b2b-ron-21.json", "/supplier/vatNumber", "\"RO18547291\"", ValidationProfile.CiusRo, "EF-CUI-INVALID" },
        { "01-b2b-ron-21.json", "/customer/vatNumber", "\"RO14399841\"", ValidationProfile.En16931, "EF-CUI-INVALID" },
        { "01-b2b-ron-21.json", "/customer/address/street", null, ValidationProfile.CiusRo, "BR-RO-082" },
        { "01-b2b-ron-21.json", "/supplier/address/city", null, ValidationProfile.CiusRo, "BR-RO-091" },
        { "14-b2g-public-institution.json", "/orderReference", null, ValidationProfile.CiusRo, "EF-B2G-ORDER-REFERENCE" },
        { "12-b2c-with-cnp.json", "/customer/cnp", "\"Pasaport RX123456\"", ValidationProfile.CiusRo, "EF-B2C-BUYER-ID" },
        // A seller invoicing under the CNP: a wrong check digit, or the 13 zeros only an unknown buyer may have.
        { "30-seller-cnp.json", "/supplier/cnp", "\"2860415123450\"", ValidationProfile.CiusRo, "EF-CNP-INVALID" },
        { "30-seller-cnp.json", "/supplier/cnp", "\"0000000000000\"", ValidationProfile.CiusRo, "EF-CNP-INVALID" },
        { "19-several-notes.json", "/notes/0", "{\"text\": \"x\", \"subjectCode\": \"QQQ\"}", ValidationProfile.CiusRo, "BR-CL-08" },
        { "16-document-allowances-and-charges.json", "/charges/0/vatRate", "19", ValidationProfile.CiusRo, "EF-VAT-RATE-UNUSUAL" },
        // CIUS-RO maximum lengths point at the field that is too long, not at its line or the document.
        { "01-b2b-ron-21.json", "/customer/address/street", Text(151), ValidationProfile.CiusRo, "BR-RO-L152" },
        { "01-b2b-ron-21.json", "/supplier/name", Text(201), ValidationProfile.CiusRo, "BR-RO-L201" },
        { "01-b2b-ron-21.json", "/customer/email", Text(101), ValidationProfile.CiusRo, "BR-RO-L1011" },
        { "01-b2b-ron-21.json", "/payment/reference", Text(141), ValidationProfile.CiusRo, "BR-RO-L140" },
        { "01-b2b-ron-21.json", "/lines/1/description", Text(101), ValidationProfile.CiusRo, "BR-RO-L1024" },
        { "01-b2b-ron-21.json", "/lines/0/note", Text(301), ValidationProfile.CiusRo, "BR-RO-L303" },
        { "29-item-details.json", "/lines/0/attributes/Diametru interior", Text(101), ValidationProfile.CiusRo, "BR-RO-L1025" },
        { "18-attachment-timesheet.json", "/attachments/0/description", Text(101), ValidationProfile.CiusRo, "BR-RO-L1020" },
        { "15-line-discounts.json", "/lines/0/discount/reason", Text(101), ValidationProfile.CiusRo, "BR-RO-L1022" },
    };

    /// <summary>A JSON string of the given number of characters.</summary>
    private static string Text(int length) => $"\"{new string('x', length)}\"";

    private static ValidationResult Mutated(string example, string pointer, string? value, ValidationProfile profile)
    {
        var json = Example(example);
        var segments = pointer.Split('/')[1..];
        JsonNode parent = json;
        foreach (var segment in segments[..^1]) parent = int.TryParse(segment, out var i) ? parent[i]! : parent[segment]!;
        var last = segments[^1];
        if (parent is JsonArray array) array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value is null ? null : JsonNode.Parse(value);
        else if (value is null) parent.AsObject().Remove(last);
        else parent[last] = JsonNode.Parse(value);
        return OnTheIssueDay.ValidateJson(json.ToJsonString(), profile);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void A_broken_field_fires_a_rule_that_points_at_it(string example, string pointer, string? value, ValidationProfile profile, string rule)
    {
        var result = Mutated(example, pointer, value, profile);

        result.Findings.ShouldContain(f => f.Code == rule && f.Field == pointer,
            string.Join(Environment.NewLine, result.Findings.Select(f => $"{f.Code} {f.Field} {f.XPath}")));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_is_valid_as_json_and_as_a_model(string name)
    {
        var json = File.ReadAllBytes(Path.Combine(TestPaths.Examples, name));
        var fromJson = OnTheIssueDay.ValidateJson(json);
        fromJson.Findings.Where(f => f.Severity == Severity.Fatal).ShouldBeEmpty();
        fromJson.Invoice.ShouldNotBeNull();

        var fromModel = OnTheIssueDay.Validate(fromJson.Invoice);
        fromModel.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void A_finding_of_the_model_carries_the_pointer_and_the_xpath_but_no_xml_position()
    {
        var finding = Mutated("01-b2b-ron-21.json", "/customer/address/street", null, ValidationProfile.CiusRo).Findings.Single(f => f.Code == "BR-RO-082");

        finding.Field.ShouldBe("/customer/address/street");
        finding.XPath.ShouldBe("/ubl:Invoice[1]");
        finding.Line.ShouldBeNull();
    }

    [Fact]
    public void A_check_digit_both_steps_report_is_given_once()
    {
        var result = Mutated("12-b2c-with-cnp.json", "/customer/cnp", "\"1850315123456\"", ValidationProfile.CiusRo);

        result.Findings.Count(f => f.Code == "EF-CNP-INVALID").ShouldBe(1);
        result.Findings.Single(f => f.Code == "EF-CNP-INVALID").Field.ShouldBe("/customer/cnp");
    }

    [Fact]
    public void JSON_that_cannot_be_read_gives_only_its_own_findings()
    {
        var result = OnTheIssueDay.ValidateJson("{\"number\": ");

        result.Findings.ShouldHaveSingleItem().Code.ShouldBe(JsonErrorCodes.Syntax);
        result.Invoice.ShouldBeNull();
        result.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Contract_errors_and_the_official_rules_findings_come_in_one_pass()
    {
        var json = Example("01-b2b-ron-21.json");
        json["lines"]![0]!["unit"] = "bucăți de ciment";
        json.Remove("dueDate");
        json["payment"]!.AsObject().Remove("terms");

        var result = OnTheIssueDay.ValidateJson(json.ToJsonString());

        result.Findings.ShouldContain(f => f.Code == JsonErrorCodes.UnitUnknown && f.Field == "/lines/0/unit");
        result.Findings.ShouldContain(f => f.Code == "BR-CO-25" && f.Field == "/dueDate");
        result.Invoice.ShouldBeNull();
        result.IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Beside_contract_errors_no_rule_judges_what_was_put_in_place_of_the_missing_or_unreadable()
    {
        var json = Example("01-b2b-ron-21.json");
        json.Remove("number");
        json.Remove("issueDate");
        json["customer"]!.AsObject().Remove("address");
        json["lines"]![1]!["vatRate"] = "douăzeci și unu";

        var result = OnTheIssueDay.ValidateJson(json.ToJsonString());

        var contract = result.Findings.Where(f => f.Code.StartsWith("EF-JSON", StringComparison.Ordinal)).Select(f => f.Field).ToList();
        contract.ShouldContain("/number");
        contract.ShouldContain("/issueDate");
        contract.ShouldContain("/customer/address");
        // BR-02 (no number), the buyer's address rules, anything about the lines, and the deadline warning of an
        // invoice "issued" on 0001-01-01 would all be about the stand-ins.
        result.Findings.Where(f => !f.Code.StartsWith("EF-JSON", StringComparison.Ordinal)).ShouldBeEmpty(
            string.Join(Environment.NewLine, result.Findings.Select(f => $"{f.Code} {f.Field}")));
    }

    [Fact]
    public void A_model_points_into_the_json_it_would_be_written_as()
    {
        var invoice = InvoiceJson.Parse(File.ReadAllBytes(Path.Combine(TestPaths.Examples, "01-b2b-ron-21.json"))).Invoice!;
        var broken = invoice with { Buyer = invoice.Buyer with { VatIdentifier = "RO14399841" } };

        OnTheIssueDay.Validate(broken).Findings.ShouldContain(f => f.Code == "EF-CUI-INVALID" && f.Field == "/customer/vatNumber");
    }
}
