using Efactura.Validation.XPath;

namespace Efactura.Validation.Tests.XPath;

public sealed class CodeListTests
{
    private readonly CodeList units = new(" H87 KGM C62 ");

    [Theory]
    [InlineData("H87", true)]
    [InlineData(" KGM ", true)]
    [InlineData("kgm", false)]
    [InlineData("H8", false)]
    [InlineData("H87 KGM", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Membership_is_tested_like_the_rules_test_it(string? value, bool member) => units.Contains(value).ShouldBe(member);

    [Fact]
    public void An_empty_value_passes_only_when_the_list_text_has_two_spaces_in_a_row() =>
        new CodeList(" A  B ").Contains("").ShouldBeTrue();

    [Fact]
    public void Exemption_codes_are_compared_upper_cased() =>
        new CodeList(" VATEX-EU-AE ").ContainsUpperCased("vatex-eu-ae").ShouldBeTrue();
}
