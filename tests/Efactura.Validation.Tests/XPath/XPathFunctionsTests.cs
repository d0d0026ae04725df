using Efactura.Validation.XPath;

namespace Efactura.Validation.Tests.XPath;

public sealed class XPathFunctionsTests
{
    [Theory]
    [InlineData("  a \t b\r\n c  ", "a b c")]
    [InlineData("abc", "abc")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("a\u00A0b", "a\u00A0b")]
    public void Normalize_space_only_collapses_XML_whitespace(string? input, string expected) =>
        XPathFunctions.NormalizeSpace(input).ShouldBe(expected);

    [Fact]
    public void String_length_counts_code_points_not_UTF16_units() =>
        XPathFunctions.StringLength("a\U0001F600b").ShouldBe(3);

    [Theory]
    [InlineData("2.5", "3")]
    [InlineData("-2.5", "-2")]
    [InlineData("-2.6", "-3")]
    [InlineData("0.4999", "0")]
    public void Round_goes_half_toward_positive_infinity(string value, string expected) =>
        XPathFunctions.Round(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Cents_rounding_is_exact_in_decimal() => XPathFunctions.RoundCents(1.005m).ShouldBe(1.01m);

    [Theory]
    [InlineData("12.50", "12.50")]
    [InlineData(" -3 ", "-3")]
    [InlineData("1.", "1")]
    [InlineData(".5", "0.5")]
    public void Decimal_reads_the_xs_decimal_lexical_form(string text, string expected) =>
        XPathFunctions.Decimal(text).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("1234.5600")]
    [InlineData("-0.01")]
    [InlineData("+7")]
    [InlineData("0.000")]
    [InlineData("-0")]
    [InlineData("000123.450")]
    [InlineData("9999999999999999999")]
    [InlineData("99999999999999999999")]
    [InlineData("1844674407370955161.6")]
    [InlineData("12345678901234567890.123456789")]
    [InlineData("0.1234567890123456789012345678")]
    public void Decimal_gives_the_value_and_scale_the_general_parser_gives(string text)
    {
        var expected = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var actual = XPathFunctions.Decimal(text);
        actual.ShouldBe(expected);
        actual!.Value.Scale.ShouldBe(expected.Scale);
        actual.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("1e3")]
    [InlineData("1,5")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("INF")]
    public void Decimal_refuses_what_xs_decimal_refuses(string text) => XPathFunctions.Decimal(text).ShouldBeNull();

    [Fact]
    public void Double_accepts_exponents_and_gives_NaN_for_text()
    {
        XPathFunctions.Double("1e3").ShouldBe(1000d);
        double.IsNaN(XPathFunctions.Double("abc")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-13-01", false)]
    [InlineData("2024-01-01Z", true)]
    [InlineData("2024-01-01+02:00", true)]
    [InlineData("24-01-01", false)]
    [InlineData("2024-1-01", false)]
    [InlineData("20240101", false)]
    [InlineData("2024-01-01+14:30", true)]
    [InlineData("2024-01-01+15:00", false)]
    [InlineData("1234567890-01-01", true)]
    public void Date_castability_follows_xs_date(string text, bool castable) => XPathFunctions.IsDate(text).ShouldBe(castable);

    [Fact]
    public void Fraction_length_counts_what_follows_the_first_dot()
    {
        XPathFunctions.FractionLength("10.123").ShouldBe(3);
        XPathFunctions.FractionLength("10").ShouldBe(0);
        XPathFunctions.FractionLength(null).ShouldBe(0);
    }

    [Theory]
    [InlineData("VAT")]
    [InlineData("vat")]
    [InlineData("Vat")]
    [InlineData(" vat\t")]
    [InlineData("\r\nVAT\n")]
    [InlineData("V AT")]
    [InlineData("VA")]
    [InlineData("VATS")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("sepa")]
    [InlineData("ſepa")]
    [InlineData("vaţ")]
    public void Upper_case_comparisons_agree_with_upper_case_then_compare(string? value)
    {
        foreach (var word in new[] { "VAT", "SEPA" })
        {
            XPathFunctions.UpperIs(value, word).ShouldBe(XPathFunctions.UpperCase(value) == word, $"upper-case('{value}') = '{word}'");
            XPathFunctions.NormalizedUpperIs(value, word).ShouldBe(XPathFunctions.NormalizeSpace(XPathFunctions.UpperCase(value)) == word, $"normalize-space(upper-case('{value}')) = '{word}'");
        }
    }
}
