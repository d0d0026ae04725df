using Efactura.Validation.Structure;

namespace Efactura.Validation.Tests.Structure;

/// <summary>The lexical forms the JDK's validator accepts and refuses (each value below was run through it).</summary>
public sealed class LexicalSpaceTests
{
    [Theory]
    [InlineData("100.00")]
    [InlineData("+.5")]
    [InlineData("1.")]
    [InlineData("-0")]
    [InlineData("-.0")]
    [InlineData(" 12 ")]
    [InlineData("00012.500")]
    public void Decimals_accepted(string value) => LexicalSpace.IsValid(BuiltInType.Decimal, value).ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("+")]
    [InlineData("1.2.3")]
    [InlineData("1 2")]
    [InlineData("1,5")]
    [InlineData("1e2")]
    [InlineData("0x10")]
    [InlineData("\u0663")]
    public void Decimals_refused(string value) => LexicalSpace.IsValid(BuiltInType.Decimal, value).ShouldBeFalse();

    [Theory]
    [InlineData("2026-11-20")]
    [InlineData(" 2026-11-20 ")]
    [InlineData("2026-11-20Z")]
    [InlineData("2026-11-20+02:00")]
    [InlineData("2026-11-20+14:00")]
    [InlineData("2026-11-20-00:00")]
    [InlineData("-2026-11-20")]
    [InlineData("12026-11-20")]
    [InlineData("2024-02-29")]
    [InlineData("2000-02-29")]
    public void Dates_accepted(string value) => LexicalSpace.IsValid(BuiltInType.Date, value).ShouldBeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("2026-13-20")]
    [InlineData("2026-02-29")]
    [InlineData("2100-02-29")]
    [InlineData("2026-04-31")]
    [InlineData("2026-4-01")]
    [InlineData("26-04-01")]
    [InlineData("02026-11-20")]
    [InlineData("0000-01-01")]
    [InlineData("2026-04-01T00:00:00")]
    [InlineData("2026-11-20+14:01")]
    [InlineData("2026-11-20+15:00")]
    [InlineData("2026-11-20 Z")]
    [InlineData("20.11.2026")]
    public void Dates_refused(string value) => LexicalSpace.IsValid(BuiltInType.Date, value).ShouldBeFalse();

    [Theory]
    [InlineData("12:00:00", true)]
    [InlineData("24:00:00", true)]
    [InlineData("12:00:00.5", true)]
    [InlineData("12:00:00.123456789012", true)]
    [InlineData("12:00:00Z", true)]
    [InlineData("12:00:00+01:00", true)]
    [InlineData("24:00:01", false)]
    [InlineData("23:59:60", false)]
    [InlineData("12:00", false)]
    [InlineData("12:00:00.", false)]
    [InlineData("1:00:00", false)]
    public void Times(string value, bool valid) => LexicalSpace.IsValid(BuiltInType.Time, value).ShouldBe(valid);

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", true)]
    [InlineData("1", true)]
    [InlineData("0", true)]
    [InlineData(" true ", true)]
    [InlineData("TRUE", false)]
    [InlineData("yes", false)]
    [InlineData("", false)]
    public void Indicators(string value, bool valid) => LexicalSpace.IsValid(BuiltInType.Boolean, value).ShouldBe(valid);

    [Theory]
    [InlineData("", true)]
    [InlineData("QQ==", true)]
    [InlineData("QUI=", true)]
    [InlineData("QUJD", true)]
    [InlineData("Q Q = =", true)]
    [InlineData("QUJD\nRA==", true)]
    [InlineData("QR==", false)]
    [InlineData("QUJ=", false)]
    [InlineData("QUJ", false)]
    [InlineData("====", false)]
    [InlineData("QQ=A", false)]
    [InlineData("QUJDRA==x", false)]
    [InlineData("Q===", false)]
    public void Base64(string value, bool valid) => LexicalSpace.IsValid(BuiltInType.Base64Binary, value).ShouldBe(valid);

    [Theory]
    [InlineData("ro", true)]
    [InlineData("en-GB", true)]
    [InlineData("x-klingon2", true)]
    [InlineData("abcdefghi", false)]
    [InlineData("en-", false)]
    [InlineData("1en", false)]
    [InlineData("ro_RO", false)]
    [InlineData("", false)]
    public void Language_identifiers(string value, bool valid) => LexicalSpace.IsValid(BuiltInType.Language, value).ShouldBe(valid);

    [Theory]
    [InlineData("https://www.anaf.ro/a?b=c#d", true)]
    [InlineData("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", true)]
    [InlineData("a b", true)]
    [InlineData("a{b}", true)]
    [InlineData("a:b", true)]
    [InlineData("%zz", false)]
    [InlineData("a#b#c", false)]
    [InlineData("1a:b", false)]
    public void Uris(string value, bool valid) => LexicalSpace.IsValid(BuiltInType.AnyUri, value).ShouldBe(valid);

    [Fact]
    public void Text_codes_and_identifiers_take_any_value()
    {
        LexicalSpace.IsValid(BuiltInType.String, "").ShouldBeTrue();
        LexicalSpace.IsValid(BuiltInType.NormalizedString, " any\tthing ").ShouldBeTrue();
    }
}
