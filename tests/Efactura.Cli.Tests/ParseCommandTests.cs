using System.Text.Json;
using Efactura.Testing;

namespace Efactura.Cli.Tests;

public class ParseCommandTests
{
    [Fact]
    public async Task Parses_ubl_xml_into_the_json_contract()
    {
        var xml = Path.Combine(TestPaths.Examples, "expected", "08-eur-with-ron-vat.xml");

        var run = await CliRun.Of(["parse", xml]);

        run.ExitCode.ShouldBe(ExitCodes.Ok, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("number").GetString().ShouldBe("SRV-2026-1107");
        json.RootElement.GetProperty("currency").GetString().ShouldBe("EUR");
    }

    [Fact]
    public async Task Parse_then_convert_gives_back_the_same_xml()
    {
        var xmlPath = Path.Combine(TestPaths.Examples, "expected", "16-document-allowances-and-charges.xml");
        var parsed = await CliRun.Of(["parse", xmlPath]);

        var converted = await CliRun.Of(["convert", "-"], parsed.Output);

        converted.ExitCode.ShouldBe(ExitCodes.Ok, converted.Error);
        converted.Output.ShouldBe(await File.ReadAllTextAsync(xmlPath, TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(ExampleXmlFiles))]
    public async Task Every_example_goes_through_parse_then_convert_unchanged_with_its_stated_totals(string name)
    {
        var xmlPath = Path.Combine(TestPaths.Examples, "expected", name);
        var parsed = await CliRun.Of(["parse", xmlPath]);

        var converted = await CliRun.Of(["convert", "--no-validate", "-"], parsed.Output);

        parsed.ExitCode.ShouldBe(ExitCodes.Ok, parsed.Error);
        using (var json = JsonDocument.Parse(parsed.Output))
            json.RootElement.GetProperty("expectedTotals").GetProperty("payable").ValueKind.ShouldBe(JsonValueKind.Number);
        converted.ExitCode.ShouldBe(ExitCodes.Ok, converted.Error);
        converted.Error.ShouldBeEmpty();
        converted.Output.ShouldBe(await File.ReadAllTextAsync(xmlPath, TestContext.Current.CancellationToken));
    }

    public static TheoryData<string> ExampleXmlFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(TestPaths.Examples, "expected"), "*.xml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task A_line_amount_that_ignores_the_price_base_quantity_is_reported_not_recomputed_silently()
    {
        // 2 pieces at 10.00 per 2 pieces are 10.00, but the document states the line at 20.00 and 23.80 due.
        var xml = StatedInvoice(
            lines: Line(quantity: "2", lineAmount: "20.00", price: "10.00", baseQuantity: "2"),
            taxable: "20.00", vat: "3.80", lineTotal: "20.00", taxExclusive: "20.00", payable: "23.80");
        var parsed = await CliRun.Of(["parse", "-"], xml);

        var converted = await CliRun.Of(["convert", "-"], parsed.Output);

        parsed.ExitCode.ShouldBe(ExitCodes.Ok, parsed.Error);
        converted.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        converted.Output.ShouldBeEmpty();
        converted.Error.ShouldContain("EF-TOTAL-MISMATCH at /expectedTotals/payable");
        converted.Error.ShouldContain("The expected amount due (BT-115) is 23.80, but the invoice computes 11.90");
        converted.Error.ShouldContain("EF-TOTAL-MISMATCH at /expectedTotals/lineNetTotal");
    }

    [Fact]
    public async Task A_discount_given_on_the_line_and_again_on_the_document_is_reported_not_recomputed_silently()
    {
        // 100 x 100.00 less 1000.00 on the line is 9000.00; the same 1000.00 again on the document leaves 8000.00 + 19 %
        // VAT = 9520.00, while the document states 10710.00 due (its totals ignore the second discount).
        var xml = StatedInvoice(
            lines: Line(quantity: "100", lineAmount: "9000.00", price: "100.00", lineAllowance: "1000.00"),
            taxable: "9000.00", vat: "1710.00", lineTotal: "9000.00", taxExclusive: "9000.00", payable: "10710.00",
            documentAllowance: "1000.00");
        var parsed = await CliRun.Of(["parse", "-"], xml);

        var converted = await CliRun.Of(["convert", "-"], parsed.Output);

        parsed.ExitCode.ShouldBe(ExitCodes.Ok, parsed.Error);
        converted.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        converted.Output.ShouldBeEmpty();
        converted.Error.ShouldContain("The expected amount due (BT-115) is 10710.00, but the invoice computes 9520.00");
        converted.Error.ShouldContain("EF-TOTAL-MISMATCH at /expectedTotals/taxExclusive");
    }

    /// <summary>
    /// A one-line invoice between examples/01's parties, at 19 % VAT, whose totals are written as given (the way a
    /// producer that computes differently states them), not as they follow from the line.
    /// </summary>
    private static string StatedInvoice(string lines, string taxable, string vat, string lineTotal, string taxExclusive, string payable, string? documentAllowance = null)
    {
        var example = File.ReadAllText(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"));
        var header = example[..example.IndexOf("  <cac:TaxTotal>", StringComparison.Ordinal)];
        var allowance = documentAllowance is null ? "" : $"""
              <cac:AllowanceCharge>
                <cbc:ChargeIndicator>false</cbc:ChargeIndicator>
                <cbc:AllowanceChargeReason>Discount</cbc:AllowanceChargeReason>
                <cbc:Amount currencyID="RON">{documentAllowance}</cbc:Amount>
                <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
              </cac:AllowanceCharge>

            """;
        var allowanceTotal = documentAllowance is null ? "" : $"""<cbc:AllowanceTotalAmount currencyID="RON">{documentAllowance}</cbc:AllowanceTotalAmount>""";
        return header + allowance + $"""
              <cac:TaxTotal>
                <cbc:TaxAmount currencyID="RON">{vat}</cbc:TaxAmount>
                <cac:TaxSubtotal>
                  <cbc:TaxableAmount currencyID="RON">{taxable}</cbc:TaxableAmount>
                  <cbc:TaxAmount currencyID="RON">{vat}</cbc:TaxAmount>
                  <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
                </cac:TaxSubtotal>
              </cac:TaxTotal>
              <cac:LegalMonetaryTotal>
                <cbc:LineExtensionAmount currencyID="RON">{lineTotal}</cbc:LineExtensionAmount>
                <cbc:TaxExclusiveAmount currencyID="RON">{taxExclusive}</cbc:TaxExclusiveAmount>
                <cbc:TaxInclusiveAmount currencyID="RON">{payable}</cbc:TaxInclusiveAmount>
                {allowanceTotal}
                <cbc:PayableAmount currencyID="RON">{payable}</cbc:PayableAmount>
              </cac:LegalMonetaryTotal>
            {lines}</Invoice>
            """;
    }

    private static string Line(string quantity, string lineAmount, string price, string? baseQuantity = null, string? lineAllowance = null) => $"""
          <cac:InvoiceLine>
            <cbc:ID>1</cbc:ID>
            <cbc:InvoicedQuantity unitCode="H87">{quantity}</cbc:InvoicedQuantity>
            <cbc:LineExtensionAmount currencyID="RON">{lineAmount}</cbc:LineExtensionAmount>
            {(lineAllowance is null ? "" : $"""<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:AllowanceChargeReason>Discount</cbc:AllowanceChargeReason><cbc:Amount currencyID="RON">{lineAllowance}</cbc:Amount></cac:AllowanceCharge>""")}
            <cac:Item>
              <cbc:Name>Ciment Portland CEM II 40 kg</cbc:Name>
              <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
            </cac:Item>
            <cac:Price>
              <cbc:PriceAmount currencyID="RON">{price}</cbc:PriceAmount>
              {(baseQuantity is null ? "" : $"""<cbc:BaseQuantity unitCode="H87">{baseQuantity}</cbc:BaseQuantity>""")}
            </cac:Price>
          </cac:InvoiceLine>

        """;

    [Fact]
    public async Task Xml_with_a_dtd_is_refused_with_line_and_column()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE Invoice [ <!ENTITY x "boom"> ]>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&x;</Invoice>
            """;

        var run = await CliRun.Of(["parse", "-"], xml);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("line 2");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Not_an_invoice_is_refused()
    {
        var run = await CliRun.Of(["parse", "-"], "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>");

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("Order");
    }
}
