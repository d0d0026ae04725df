using Efactura.Core.CodeLists;

namespace Efactura.Core.Tests.CodeLists;

public sealed class RomanianCountiesTests
{
    // The brief's list of ISO 3166-2:RO codes and names, checked against RO16931-rules.sch ISO-3166-RO-CODES.
    public static TheoryData<string, string, string> Counties => new()
    {
        { "RO-AB", "Alba", "Alba" }, { "RO-AR", "Arad", "Arad" }, { "RO-AG", "Argeș", "Arges" },
        { "RO-BC", "Bacău", "Bacau" }, { "RO-BH", "Bihor", "Bihor" }, { "RO-BN", "Bistrița-Năsăud", "Bistrita Nasaud" },
        { "RO-BT", "Botoșani", "Botosani" }, { "RO-BV", "Brașov", "Brasov" }, { "RO-BR", "Brăila", "Braila" },
        { "RO-B", "București", "Bucuresti" }, { "RO-BZ", "Buzău", "Buzau" }, { "RO-CS", "Caraș-Severin", "Caras Severin" },
        { "RO-CL", "Călărași", "Calarasi" }, { "RO-CJ", "Cluj", "Cluj" }, { "RO-CT", "Constanța", "Constanta" },
        { "RO-CV", "Covasna", "Covasna" }, { "RO-DB", "Dâmbovița", "Dambovita" }, { "RO-DJ", "Dolj", "Dolj" },
        { "RO-GL", "Galați", "Galati" }, { "RO-GR", "Giurgiu", "Giurgiu" }, { "RO-GJ", "Gorj", "Gorj" },
        { "RO-HR", "Harghita", "Harghita" }, { "RO-HD", "Hunedoara", "Hunedoara" }, { "RO-IL", "Ialomița", "Ialomita" },
        { "RO-IS", "Iași", "Iasi" }, { "RO-IF", "Ilfov", "Ilfov" }, { "RO-MM", "Maramureș", "Maramures" },
        { "RO-MH", "Mehedinți", "Mehedinti" }, { "RO-MS", "Mureș", "Mures" }, { "RO-NT", "Neamț", "Neamt" },
        { "RO-OT", "Olt", "Olt" }, { "RO-PH", "Prahova", "Prahova" }, { "RO-SM", "Satu Mare", "Satu Mare" },
        { "RO-SJ", "Sălaj", "Salaj" }, { "RO-SB", "Sibiu", "Sibiu" }, { "RO-SV", "Suceava", "Suceava" },
        { "RO-TR", "Teleorman", "Teleorman" }, { "RO-TM", "Timiș", "Timis" }, { "RO-TL", "Tulcea", "Tulcea" },
        { "RO-VS", "Vaslui", "Vaslui" }, { "RO-VL", "Vâlcea", "Valcea" }, { "RO-VN", "Vrancea", "Vrancea" },
    };

    [Fact]
    public void There_are_41_counties_and_bucharest()
    {
        RomanianCounties.All.Count.ShouldBe(42);
        RomanianCounties.All.Select(c => c.Code).ShouldBeUnique();
        RomanianCounties.All.Select(c => c.Code).Order(StringComparer.Ordinal)
            .ShouldBe(Counties.Select(row => row.Data.Item1).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Counties))]
    public void Every_county_has_its_iso_code_and_romanian_name(string code, string name, string _)
    {
        RomanianCounties.TryGetByCode(code, out var county).ShouldBeTrue();
        county.Name.ShouldBe(name);
        RomanianCounties.IsKnownCode(code).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Counties))]
    public void Every_county_resolves_by_code_short_code_name_and_name_without_diacritics(string code, string name, string plain)
    {
        string[] inputs = [code, code[3..], code[3..].ToLowerInvariant(), name, name.ToUpperInvariant(), plain, plain.ToLowerInvariant()];
        foreach (var input in inputs)
        {
            RomanianCounties.TryResolve(input, out var match).ShouldBeTrue(input);
            match.County.Code.ShouldBe(code, input);
            match.Sector.ShouldBeNull(input);
        }
    }

    [Theory]
    [InlineData("Județul Cluj", "RO-CJ")]
    [InlineData("judetul cluj", "RO-CJ")]
    [InlineData("jud. Cluj", "RO-CJ")]
    [InlineData("Jud Cluj", "RO-CJ")]
    [InlineData("Bistrița-Năsăud", "RO-BN")]
    [InlineData("Bistrita Nasaud", "RO-BN")]
    [InlineData("bistrita-nasaud", "RO-BN")]
    [InlineData("Bistriţa-Năsăud", "RO-BN")]
    [InlineData("Caraș-Severin", "RO-CS")]
    [InlineData("Caraş Severin", "RO-CS")]
    [InlineData("  satu   mare ", "RO-SM")]
    [InlineData("ro-cj", "RO-CJ")]
    [InlineData("RO CJ", "RO-CJ")]
    [InlineData("București", "RO-B")]
    [InlineData("Bucuresti", "RO-B")]
    [InlineData("BUCUREȘTI", "RO-B")]
    [InlineData("Municipiul Bucuresti", "RO-B")]
    [InlineData("Mun. București", "RO-B")]
    [InlineData("Bucharest", "RO-B")]
    [InlineData("B", "RO-B")]
    [InlineData("RO-B", "RO-B")]
    public void Resolves_counties_as_people_write_them(string input, string code)
    {
        RomanianCounties.TryResolve(input, out var match).ShouldBeTrue();
        match.County.Code.ShouldBe(code);
        match.Sector.ShouldBeNull();
    }

    [Theory]
    [InlineData("Sector 7", 7)]
    [InlineData("sectorul 0", 0)]
    [InlineData("București, Sector 12", 12)]
    [InlineData("Sector 3", 3)]
    [InlineData("Cluj", null)]
    [InlineData("Bihor", null)]
    public void A_sector_number_is_read_whether_or_not_Bucharest_has_it(string input, int? number) =>
        RomanianCounties.SectorNumber(input).ShouldBe(number);

    [Theory]
    [InlineData("Sector 1", "SECTOR1")]
    [InlineData("Sector 2", "SECTOR2")]
    [InlineData("Sector 3", "SECTOR3")]
    [InlineData("Sector 4", "SECTOR4")]
    [InlineData("Sector 5", "SECTOR5")]
    [InlineData("Sector 6", "SECTOR6")]
    [InlineData("sectorul 3", "SECTOR3")]
    [InlineData("Sectorul 3", "SECTOR3")]
    [InlineData("SECTOR6", "SECTOR6")]
    [InlineData("sect. 2", "SECTOR2")]
    [InlineData("București, Sector 2", "SECTOR2")]
    [InlineData("Municipiul București Sectorul 4", "SECTOR4")]
    public void A_bucharest_sector_resolves_to_ro_b_with_the_city_code_ciusro_requires(string input, string sector)
    {
        RomanianCounties.TryResolve(input, out var match).ShouldBeTrue();
        match.County.Code.ShouldBe("RO-B");
        match.County.Name.ShouldBe("București");
        match.Sector.ShouldBe(sector);
        RomanianCounties.SectorCodes.ShouldContain(sector);
    }

    [Theory]
    [InlineData("Sector 7")]
    [InlineData("Sector 0")]
    [InlineData("Clujj Napoca")]
    [InlineData("Transilvania")]
    [InlineData("RO-XX")]
    [InlineData("")]
    [InlineData("  ")]
    public void Unknown_input_does_not_resolve(string input) =>
        RomanianCounties.TryResolve(input, out _).ShouldBeFalse();

    [Theory]
    [InlineData("RO-CJ", true)]
    [InlineData("RO-B", true)]
    [InlineData("CJ", false)]
    [InlineData("ro-cj", false)]
    [InlineData("Cluj", false)]
    [InlineData("RO-XX", false)]
    public void Is_known_code_takes_the_exact_iso_code_only(string code, bool expected) =>
        RomanianCounties.IsKnownCode(code).ShouldBe(expected);

    [Theory]
    [InlineData("Clujj", "RO-CJ")]
    [InlineData("Timisoara", "RO-TM")]
    [InlineData("Brasow", "RO-BV")]
    [InlineData("Bucurest", "RO-B")]
    [InlineData("Maramures Baia Mare", "RO-MM")]
    public void Closest_puts_the_likely_county_first(string input, string code)
    {
        var closest = RomanianCounties.Closest(input);

        closest.Count.ShouldBe(3);
        closest[0].Code.ShouldBe(code);
    }

    [Fact]
    public void Closest_returns_as_many_as_asked() =>
        RomanianCounties.Closest("x", 5).Count.ShouldBe(5);
}
