using Efactura.Validation.Engine;
using Efactura.Validation.Xml;

namespace Efactura.Validation.Tests.Engine;

public sealed class PatternTests
{
    private const string Document = """
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
                 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">
          <cbc:Note>one</cbc:Note>
          <cbc:Note>two</cbc:Note>
          <cac:InvoiceLine><cbc:Note>three</cbc:Note></cac:InvoiceLine>
        </Invoice>
        """;

    private static UblDocument Parse() => DocumentParser.Parse(Document, 1_000_000);

    [Fact]
    public void A_node_is_checked_only_by_the_first_rule_whose_context_matches()
    {
        var pattern = new Pattern("p",
        [
            new Rule("/ubl:Invoice/cbc:Note", new Assertion("FIRST", (_, _) => false)),
            new Rule("cbc:Note", new Assertion("SECOND", (_, _) => false)),
        ]);

        var hits = new RuleSet("s", [pattern]).Evaluate(Parse());

        hits.Select(h => h.Id).ShouldBe(["FIRST", "FIRST", "SECOND"]);
    }

    [Fact]
    public void Each_pattern_sees_every_node_again()
    {
        Rule Notes(string id) => new("cbc:Note", new Assertion(id, (_, _) => false));
        var hits = new RuleSet("s", [new Pattern("a", [Notes("A")]), new Pattern("b", [Notes("B")])]).Evaluate(Parse());

        hits.Count(h => h.Id == "A").ShouldBe(3);
        hits.Count(h => h.Id == "B").ShouldBe(3);
    }

    [Fact]
    public void A_report_fires_when_its_test_holds()
    {
        var pattern = new Pattern("p", [new Rule("cac:InvoiceLine", new Assertion("R", (e, _) => e.Exists(Names.Cbc.Note), IsReport: true))]);

        new RuleSet("s", [pattern]).Evaluate(Parse()).ShouldHaveSingleItem().Id.ShouldBe("R");
    }

    [Fact]
    public void A_hit_locates_its_context_node()
    {
        var pattern = new Pattern("p", [new Rule("cac:InvoiceLine/cbc:Note", new Assertion("N", (_, _) => false))]);

        var hit = new RuleSet("s", [pattern]).Evaluate(Parse()).ShouldHaveSingleItem();

        hit.XPath.ShouldBe("/ubl:Invoice[1]/cac:InvoiceLine[1]/cbc:Note[1]");
        hit.Line.ShouldBe(6);
    }
}
