using Efactura.Core.CodeLists;

namespace Efactura.Core.Tests.CodeLists;

public sealed class UnitCodesTests
{
    [Theory]
    [InlineData("H87", "H87")]
    [InlineData("h87", "H87")]
    [InlineData("buc", "H87")]
    [InlineData("BUC", "H87")]
    [InlineData("Buc", "H87")]
    [InlineData("buc.", "H87")]
    [InlineData(" buc. ", "H87")]
    [InlineData("bucăți", "H87")]
    [InlineData("bucăţi", "H87")]
    [InlineData("BUCĂȚI", "H87")]
    [InlineData("bucati", "H87")]
    [InlineData("bucată", "H87")]
    [InlineData("piece", "H87")]
    [InlineData("pcs", "H87")]
    [InlineData("ore", "HUR")]
    [InlineData("oră", "HUR")]
    [InlineData("ora", "HUR")]
    [InlineData("hour", "HUR")]
    [InlineData("zi", "DAY")]
    [InlineData("zile", "DAY")]
    [InlineData("day", "DAY")]
    [InlineData("lună", "MON")]
    [InlineData("luna", "MON")]
    [InlineData("luni", "MON")]
    [InlineData("month", "MON")]
    [InlineData("săptămână", "WEE")]
    [InlineData("an", "ANN")]
    [InlineData("kg", "KGM")]
    [InlineData("KG", "KGM")]
    [InlineData("Kg.", "KGM")]
    [InlineData("g", "GRM")]
    [InlineData("tona", "TNE")]
    [InlineData("tonă", "TNE")]
    [InlineData("t", "TNE")]
    [InlineData("m", "MTR")]
    [InlineData("km", "KMT")]
    [InlineData("l", "LTR")]
    [InlineData("litri", "LTR")]
    [InlineData("ml", "MLT")]
    [InlineData("mp", "MTK")]
    [InlineData("m2", "MTK")]
    [InlineData("m²", "MTK")]
    [InlineData("m.p.", "MTK")]
    [InlineData("metri pătrați", "MTK")]
    [InlineData("mc", "MTQ")]
    [InlineData("m3", "MTQ")]
    [InlineData("metri  cubi", "MTQ")]
    [InlineData("set", "SET")]
    [InlineData("pereche", "PR")]
    [InlineData("perechi", "PR")]
    [InlineData("kwh", "KWH")]
    [InlineData("kWh", "KWH")]
    [InlineData("kW/h", "KWH")]
    [InlineData("serviciu", "E48")]
    [InlineData("cutie", "XBX")]
    [InlineData("KGM", "KGM")]
    [InlineData("xpp", "XPP")]
    public void Resolves_what_people_write_to_the_official_code(string input, string code)
    {
        var resolution = UnitCodes.Resolve(input);

        resolution.IsResolved.ShouldBeTrue();
        resolution.Code.ShouldBe(code);
        resolution.Suggestions.ShouldBeEmpty();
    }

    [Fact]
    public void Every_alias_names_an_official_code()
    {
        foreach (var (alias, code) in UnitAliases.Instance.ByKey)
            UnitCodes.IsKnown(code).ShouldBeTrue($"{alias} -> {code}");
    }

    [Fact]
    public void An_official_code_written_exactly_wins_over_an_alias()
    {
        // MC is microgram in rec. 20; "mc" (metri cubi) is the Romanian cubic metre.
        UnitCodes.Resolve("MC").Code.ShouldBe("MC");
        UnitCodes.Resolve("mc").Code.ShouldBe("MTQ");
        UnitCodes.Resolve("Mc").Code.ShouldBe("MTQ");
    }

    [Fact]
    public void An_unknown_unit_suggests_the_closest_codes_best_first()
    {
        var resolution = UnitCodes.Resolve("bucx");

        resolution.IsResolved.ShouldBeFalse();
        resolution.Code.ShouldBeNull();
        resolution.Suggestions.ShouldNotBeEmpty();
        resolution.Suggestions[0].ShouldBe("H87");
        resolution.Suggestions.Length.ShouldBeLessThanOrEqualTo(5);
        resolution.Suggestions.ShouldBeUnique();
        resolution.Suggestions.ShouldAllBe(code => UnitCodes.IsKnown(code));
    }

    [Theory]
    [InlineData("kilogrme", "KGM")]
    [InlineData("litrii", "LTR")]
    [InlineData("oree", "HUR")]
    [InlineData("perechee", "PR")]
    [InlineData("bcuati", "H87")]
    public void A_misspelt_unit_suggests_the_meant_code_first(string input, string code)
    {
        var resolution = UnitCodes.Resolve(input);

        resolution.IsResolved.ShouldBeFalse();
        resolution.Suggestions[0].ShouldBe(code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    public void Empty_input_is_unresolved_without_suggestions(string input)
    {
        var resolution = UnitCodes.Resolve(input);

        resolution.IsResolved.ShouldBeFalse();
        resolution.Suggestions.ShouldBeEmpty();
    }

    [Fact]
    public void Nonsense_gets_no_suggestions() =>
        UnitCodes.Resolve("qwertyuiopasdf").Suggestions.ShouldBeEmpty();

    [Theory]
    [InlineData("H87", true)]
    [InlineData("C62", true)]
    [InlineData("XPP", true)]
    [InlineData("h87", false)]
    [InlineData("buc", false)]
    [InlineData("PCE", false)]
    public void Is_known_accepts_official_codes_only(string code, bool expected) =>
        UnitCodes.IsKnown(code).ShouldBe(expected);
}
