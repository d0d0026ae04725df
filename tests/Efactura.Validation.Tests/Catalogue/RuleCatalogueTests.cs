using Efactura.Core.Findings;

namespace Efactura.Validation.Tests.Catalogue;

public sealed class RuleCatalogueTests
{
    private static readonly (string Id, Severity Flag, string[] Sets)[] Official = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "official-rule-ids.tsv"))
        .Where(line => !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(c => (c[0], c[1] == "fatal" ? Severity.Fatal : Severity.Warning, c[2].Split(',')))
        .ToArray();

    [Theory]
    [InlineData(ValidationProfile.CiusRo, "ciusro")]
    [InlineData(ValidationProfile.En16931, "en16931")]
    public void Every_official_rule_id_is_implemented_with_its_official_flag(ValidationProfile profile, string set)
    {
        var expected = Official.Where(o => o.Sets.Contains(set)).Select(o => $"{o.Id}:{o.Flag}").Order(StringComparer.Ordinal).ToList();
        var implemented = InvoiceValidator.Rules(profile).Select(r => $"{r.Id}:{r.Severity}").Order(StringComparer.Ordinal).ToList();

        implemented.ShouldBe(expected);
    }

    [Fact]
    public void CiusRo_holds_the_hundred_BR_RO_rules()
    {
        InvoiceValidator.Rules(ValidationProfile.CiusRo).Count(r => r.Id.StartsWith("BR-RO-", StringComparison.Ordinal)).ShouldBe(100);
        InvoiceValidator.Rules(ValidationProfile.En16931).ShouldNotContain(r => r.Id.StartsWith("BR-RO-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ValidationProfile.CiusRo)]
    [InlineData(ValidationProfile.En16931)]
    public void Every_Romanian_message_is_entirely_Romanian(ValidationProfile profile)
    {
        var leftovers = InvoiceValidator.Rules(profile)
            .Select(r => (r.Id, Words: RomanianText.EnglishWords(r.MessageRo)))
            .Where(r => r.Words.Count > 0)
            .Select(r => $"{r.Id}: {string.Join(", ", r.Words)}")
            .ToList();

        leftovers.ShouldBeEmpty();
    }

    [Fact]
    public void The_English_detector_finds_English_in_a_Romanian_sentence()
    {
        RomanianText.EnglishWords("Lipsește data scadenței (BT-9) or the payment terms.").ShouldBe(["or", "the"], ignoreOrder: true);
        RomanianText.EnglishWords("Lipsește „data” în /dueDate (cbc:DueDate, BR-CO-25) pentru Invoice.").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(ValidationProfile.CiusRo)]
    [InlineData(ValidationProfile.En16931)]
    public void Every_rule_is_described_in_English_and_Romanian_with_a_fix(ValidationProfile profile)
    {
        foreach (var rule in InvoiceValidator.Rules(profile))
        {
            rule.Message.ShouldNotBeNullOrWhiteSpace(rule.Id);
            rule.MessageRo.ShouldNotBeNullOrWhiteSpace(rule.Id);
            rule.Fix.ShouldNotBeNullOrWhiteSpace(rule.Id);
        }
    }

    [Fact]
    public void The_profiles_differ_where_ANAF_edited_the_CEN_rules()
    {
        var ciusro = InvoiceValidator.Rules(ValidationProfile.CiusRo).Select(r => r.Id).ToHashSet();
        var cen = InvoiceValidator.Rules(ValidationProfile.En16931).Select(r => r.Id).ToHashSet();

        ciusro.ShouldContain("BR-CO-25");
        cen.ShouldNotContain("BR-CO-25");
        cen.ShouldContain("UBL-SR-53");
        ciusro.ShouldNotContain("UBL-SR-53");
    }
}
