using Efactura.Pdf.Text;

namespace Efactura.Pdf.Tests;

public class NumberStyleTests
{
    [Theory]
    [InlineData("1234.5", "1.234,50")]
    [InlineData("0.125", "0,125")]
    [InlineData("-7", "-7,00")]
    [InlineData("1234567.891", "1.234.567,891")]
    public void Romanian_amounts_keep_every_decimal_and_show_at_least_two(string value, string expected)
    {
        NumberStyle.Romanian.Amount(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Fact]
    public void English_writes_comma_groups_and_a_decimal_point()
    {
        NumberStyle.English.Amount(1234.5m).ShouldBe("1,234.50");
        NumberStyle.English.Date(new DateOnly(2026, 11, 19)).ShouldBe("2026-11-19");
    }

    [Fact]
    public void Quantities_drop_trailing_zeros_and_percentages_carry_the_sign()
    {
        NumberStyle.Romanian.Quantity(6.500m).ShouldBe("6,5");
        NumberStyle.Romanian.Quantity(40m).ShouldBe("40");
        NumberStyle.Romanian.Percent(21.00m).ShouldBe("21%");
        NumberStyle.Romanian.Date(new DateOnly(2026, 11, 19)).ShouldBe("19.11.2026");
    }
}
