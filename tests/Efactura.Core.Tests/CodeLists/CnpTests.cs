using Efactura.Core.CodeLists;

namespace Efactura.Core.Tests.CodeLists;

public sealed class CnpTests
{
    [Theory]
    [InlineData("1800101123450")]   // man born 1980-01-01
    [InlineData("2960507400014")]   // woman born 1996-05-07, Bucharest sector 1
    [InlineData("5001231412348")]   // man born 2000-12-31
    [InlineData("6031203400115")]   // woman born 2003-12-03
    [InlineData("5000229123453")]   // 2000-02-29: 2000 is a leap year
    [InlineData("9000229123450")]   // foreigner: 29 February exists in 2000
    [InlineData("7801014000011")]   // foreign resident born 1978-01-01
    [InlineData("1850615120161")]   // the sum modulo 11 is 10, which counts as 1
    [InlineData(" 1800101123450 ")]
    public void Valid_personal_codes(string value) => Cnp.IsValid(value).ShouldBeTrue();

    [Theory]
    [InlineData("1800101123451")]   // wrong check digit
    [InlineData("1850615120160")]
    [InlineData("1950229123454")]   // 1995-02-29 does not exist, check digit right
    [InlineData("1000229123456")]   // 1900-02-29 does not exist: 1900 was not a leap year
    [InlineData("4000229123451")]   // 1800-02-29 does not exist either
    [InlineData("1800132123451")]   // 32 January
    [InlineData("1801301123459")]   // month 13
    [InlineData("0000000000000")]   // the anonymous code is not a person's code
    [InlineData("180010112345")]    // twelve digits
    [InlineData("18001011234500")]  // fourteen digits
    [InlineData("180010112345A")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_personal_codes(string? value) => Cnp.IsValid(value!).ShouldBeFalse();

    [Theory]
    [InlineData("0000000000000", true)]
    [InlineData(" 0000000000000 ", true)]
    [InlineData("000000000000", false)]
    [InlineData("1800101123450", false)]
    [InlineData(null, false)]
    public void Thirteen_zeros_is_the_anonymous_buyer(string? value, bool expected) =>
        Cnp.IsAnonymous(value!).ShouldBe(expected);

    [Fact]
    public void Check_digit_matches_a_hand_computation()
    {
        // 180010112345 × 279146358279 = 2+56+0+0+4+0+3+5+16+6+28+45 = 165; 165 mod 11 = 0.
        Cnp.CheckDigit("180010112345").ShouldBe(0);
        // 185061512016 × 279146358279 = 2+56+45+0+24+6+15+5+16+0+7+54 = 230; 230 mod 11 = 10, which counts as 1.
        Cnp.CheckDigit("185061512016").ShouldBe(1);
    }
}
