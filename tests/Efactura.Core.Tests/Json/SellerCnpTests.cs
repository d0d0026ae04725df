using System.Text.Json.Nodes;
using Efactura.Core.Findings;
using Efactura.Core.Json;
using Efactura.Core.Model;
using static Efactura.Core.Tests.Json.InvoiceJsonSamples;

namespace Efactura.Core.Tests.Json;

/// <summary>
/// A person invoicing under the CNP (in e-Factura since 2026-06-01): <c>supplier.cnp</c>. Without a VAT number it is the
/// tax registration identifier BT-32 (BR-RO-065) and the legal registration identifier BT-30 (BR-CO-26); with one, BT-30.
/// </summary>
public class SellerCnpTests
{
    // 2860415123459 and 1781112043213 are CNPs with a valid birth date and check digit.
    private const string PersonCnp = "2860415123459";

    private static JsonObject PersonSeller(Action<JsonObject>? change = null)
    {
        var request = MinimalNode();
        var supplier = request["supplier"]!.AsObject();
        supplier.Remove("vatNumber");
        supplier.Remove("tradeRegister");
        supplier["name"] = "Ionescu Maria";
        supplier["cnp"] = PersonCnp;
        change?.Invoke(supplier);
        return request;
    }

    [Fact]
    public void A_seller_not_registered_for_VAT_is_identified_by_the_CNP_as_BT_32_and_BT_30()
    {
        var seller = ParseClean(PersonSeller()).Seller;

        seller.TaxRegistrationId.ShouldBe(PersonCnp);
        seller.LegalRegistrationId.ShouldBe(new Identifier(PersonCnp));
        seller.VatIdentifier.ShouldBeNull();
    }

    [Fact]
    public void A_VAT_registered_seller_with_a_CNP_has_it_as_the_legal_registration_identifier()
    {
        var seller = ParseClean(PersonSeller(s => s["vatNumber"] = "RO14080700")).Seller;

        (seller.VatIdentifier, seller.LegalRegistrationId?.Value, seller.TaxRegistrationId).ShouldBe(("RO14080700", PersonCnp, null));
    }

    [Fact]
    public void A_trade_register_number_keeps_BT_30_and_the_CNP_stays_BT_32()
    {
        var seller = ParseClean(PersonSeller(s => s["tradeRegister"] = "F12/345/2020")).Seller;

        (seller.TaxRegistrationId, seller.LegalRegistrationId?.Value).ShouldBe((PersonCnp, "F12/345/2020"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_CNP_seller_survives_a_round_trip_through_the_json(bool vatRegistered)
    {
        var original = ParseClean(PersonSeller(s => { if (vatRegistered) s["vatNumber"] = "RO14080700"; }));

        var written = JsonNode.Parse(InvoiceJson.Write(original))!["supplier"]!.AsObject();

        written["cnp"]!.GetValue<string>().ShouldBe(PersonCnp);
        written.ContainsKey("cui").ShouldBeFalse();
        written.ContainsKey("tradeRegister").ShouldBeFalse();
        written.ContainsKey("taxRegistrationId").ShouldBeFalse();
        InvoiceJson.Parse(InvoiceJson.Write(original)).Invoice!.ShouldEqualModel(original);
    }

    [Fact]
    public void A_seller_with_both_a_CNP_and_a_CUI_is_refused()
    {
        var result = Parse(PersonSeller(s => s["cui"] = "14080700"));

        result.Findings.ShouldContain(f => f.Code == JsonErrorCodes.Conflict && f.Field == "/supplier/cnp" && f.Severity == Severity.Fatal);
    }

    [Theory]
    [InlineData("2860415123450", "is not a valid personal numeric code")]
    [InlineData("0000000000000", "is not a valid personal numeric code")]
    public void A_seller_CNP_that_is_not_valid_or_the_anonymous_13_zeros_is_warned_about(string cnp, string message)
    {
        var result = Parse(PersonSeller(s => s["cnp"] = cnp));

        var finding = result.Findings.ShouldHaveSingleItem();
        (finding.Code, finding.Field, finding.Severity).ShouldBe((JsonErrorCodes.CnpInvalid, "/supplier/cnp", Severity.Warning));
        finding.Message.ShouldContain(message);
        finding.Fix!.ShouldContain("only for a buyer");
    }
}
