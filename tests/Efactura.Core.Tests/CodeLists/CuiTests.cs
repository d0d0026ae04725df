using Efactura.Core.CodeLists;

namespace Efactura.Core.Tests.CodeLists;

public sealed class CuiTests
{
    [Theory]
    [InlineData("14080700")]      // check digit 0 from 880 mod 11 = 0
    [InlineData("2816464")]       // check digit 4 from 730 mod 11
    [InlineData("14399840")]
    [InlineData("18001017")]
    [InlineData("12345674")]
    [InlineData("9999999994")]    // ten digits, the longest
    [InlineData("19")]            // two digits, the shortest
    [InlineData("10000130")]      // the sum gives 10, which counts as 0
    [InlineData("RO14080700")]
    [InlineData("ro14080700")]
    [InlineData("RO 14080700")]
    [InlineData(" 140 807 00 ")]
    public void Valid_fiscal_codes(string value) => Cui.IsValid(value).ShouldBeTrue();

    [Theory]
    [InlineData("14080701")]      // wrong check digit
    [InlineData("2816465")]
    [InlineData("12345678")]
    [InlineData("10000131")]
    [InlineData("1")]             // too short
    [InlineData("99999999994")]   // eleven digits
    [InlineData("014080700")]     // leading zero
    [InlineData("00")]
    [InlineData("RO")]
    [InlineData("")]
    [InlineData("1408O700")]      // letter O
    [InlineData("RO-14080700")]
    [InlineData("DE14080700")]
    [InlineData(null)]
    public void Invalid_fiscal_codes(string? value) => Cui.IsValid(value!).ShouldBeFalse();

    [Theory]
    [InlineData("RO14080700", "14080700")]
    [InlineData("ro 140 807 00", "14080700")]
    [InlineData("14080700", "14080700")]
    [InlineData(" 2816464\t", "2816464")]
    public void Normalize_drops_the_prefix_and_spaces(string value, string expected) =>
        Cui.Normalize(value).ShouldBe(expected);

    [Fact]
    public void Check_digit_matches_a_hand_computation()
    {
        // 001408070 × 753217532 = 0+0+3+8+0+56+0+21+0 = 88; 88 × 10 mod 11 = 0.
        Cui.CheckDigit("1408070").ShouldBe(0);
        // 000281646 × 753217532 = 0+0+0+4+8+7+30+12+12 = 73; 730 mod 11 = 4.
        Cui.CheckDigit("281646").ShouldBe(4);
    }
}
