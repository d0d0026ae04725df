using System.Globalization;
using System.Text.Json.Nodes;
using Efactura.Core.Findings;
using Efactura.Testing;
using Efactura.Validation.Tests.Catalogue;
using Efactura.Validation.Tests.Rules.Efactura;

namespace Efactura.Validation.Tests.Fields;

/// <summary>
/// Every finding on JSON input names the JSON field to change: the examples are mutated systematically (every member
/// and array item removed, every string emptied, made too long or nonsensical, every number made negative, zero or
/// given three decimals, and a few combined edits), validated in both profiles, and no finding may come back without
/// a field, a fix without XML names, and a Romanian message without English in it.
/// </summary>
public sealed class JsonFindingFieldsTests
{
    private static readonly InvoiceValidator Validator = new(new InvoiceValidatorOptions { TimeProvider = new FixedClock(new DateOnly(2026, 11, 21)) });
    private static readonly ValidationProfile[] Profiles = [ValidationProfile.CiusRo, ValidationProfile.En16931];

    public static TheoryData<string> Examples() =>
    [
        .. Directory.GetFiles(TestPaths.Examples, "*.json").Select(Path.GetFileName).OfType<string>()
            .Where(name => !name.StartsWith("21-", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
    ];

    private static bool NamesXml(string? fix) =>
        fix is not null && (fix.Contains("cbc:", StringComparison.Ordinal) || fix.Contains("cac:", StringComparison.Ordinal));

    [Fact]
    public void No_due_date_and_no_payment_terms_points_at_the_due_date_with_a_fix_in_json_terms()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Examples, "01-b2b-ron-21.json")))!.AsObject();
        json.Remove("dueDate");
        json["payment"]!.AsObject().Remove("terms");

        var finding = Validator.ValidateJson(json.ToJsonString()).Findings.ShouldHaveSingleItem();

        finding.Code.ShouldBe("BR-CO-25");
        finding.Field.ShouldBe("/dueDate");
        finding.Fix!.ShouldContain("\"dueDate\"");
        finding.Fix!.ShouldNotContain("cbc:");
    }

    [Fact]
    public void A_fix_the_catalogue_gives_in_xml_terms_names_the_json_field_instead()
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Examples, "05-intra-eu-supply.json")))!.AsObject();
        json["delivery"]!.AsObject().Remove("address");

        var finding = Validator.ValidateJson(json.ToJsonString()).Findings.Single(f => f.Code == "BR-IC-12");

        finding.Field.ShouldBe("/delivery/address/country");
        finding.Fix.ShouldBe("Fill in or correct /delivery/address/country in the invoice JSON as the message says.");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_finding_of_every_mutation_names_a_json_field_and_a_fix_in_json_terms(string example)
    {
        var original = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Examples, example)))!.AsObject();
        var unnamed = new SortedSet<string>(StringComparer.Ordinal);
        var fired = 0;
        foreach (var (description, json) in JsonMutations.Of(original))
        {
            foreach (var profile in Profiles)
            {
                foreach (var finding in Validator.ValidateJson(json, profile).Findings)
                {
                    fired++;
                    if (string.IsNullOrEmpty(finding.Field)) unnamed.Add($"{finding.Code} [{profile}] {description}: no field (xpath {finding.XPath})");
                    if (RomanianText.EnglishWords(finding.MessageRo) is { Count: > 0 } english)
                        unnamed.Add($"{finding.Code} [{profile}] {description}: English in the Romanian message ({string.Join(", ", english)}: {finding.MessageRo})");
                    if (NamesXml(finding.Fix)) unnamed.Add($"{finding.Code} [{profile}] {description}: the fix speaks XML ({finding.Fix})");
                }
            }
        }
        fired.ShouldBeGreaterThan(0);
        unnamed.ShouldBeEmpty(string.Join(Environment.NewLine, unnamed));
    }
}
