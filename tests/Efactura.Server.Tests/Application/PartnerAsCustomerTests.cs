using System.Text.Json.Nodes;
using Efactura.Core.Json;
using Efactura.Server.Application.Invoices;
using Efactura.Server.Storage.Partners;

namespace Efactura.Server.Tests.Application;

/// <summary>Which members of a customer a partner fills, and with what (the JSON contract then reads them as any customer).</summary>
public sealed class PartnerAsCustomerTests
{
    private static JsonObject Filled(PartnerDetails partner, JsonObject? given = null)
    {
        var customer = given ?? [];
        PartnerAsCustomer.Fill(customer, partner);
        return customer;
    }

    private static PartnerDetails Romanian(string identifier, string? vat, string? register) =>
        new(identifier, vat, "Beta SRL", "Str. Lungă 2", "Brașov", "RO-BV", "500001", "RO", "RO49AAAA1B31007593840000", register);

    [Fact]
    public void A_partner_registered_for_VAT_gives_its_VAT_number_and_its_trade_register_as_the_legal_registration()
    {
        var customer = Filled(Romanian("14399840", "RO14399840", "J08/12/2010"));

        customer.ToJsonString().ShouldBe(
            """{"name":"Beta SRL","vatNumber":"RO14399840","tradeRegister":"J08/12/2010","address":{"street":"Str. Lung\u0103 2","city":"Bra\u0219ov","county":"RO-BV","postalCode":"500001","country":"RO"}}""");
    }

    [Fact]
    public void A_partner_registered_for_VAT_without_a_known_trade_register_gives_its_CUI()
    {
        Filled(Romanian("14399840", "RO14399840", null))[PartyFields.Cui]!.GetValue<string>().ShouldBe("14399840");
    }

    [Fact]
    public void A_partner_not_registered_for_VAT_gives_its_CUI_which_ANAF_finds_the_buyer_by_and_not_its_trade_register()
    {
        var customer = Filled(Romanian("14399840", null, "J08/12/2010"));

        customer[PartyFields.Cui]!.GetValue<string>().ShouldBe("14399840");
        customer.ContainsKey(PartyFields.TradeRegister).ShouldBeFalse();
        customer.ContainsKey(PartyFields.VatNumber).ShouldBeFalse();
    }

    [Fact]
    public void A_person_invoicing_under_the_CNP_gives_the_CNP()
    {
        Filled(Romanian("1800101223340", null, null))[PartyFields.Cnp]!.GetValue<string>().ShouldBe("1800101223340");
    }

    [Fact]
    public void A_foreign_partner_known_by_its_VAT_number_needs_no_other_identifier()
    {
        var customer = Filled(new PartnerDetails("NO123456789MVA", "NO123456789MVA", "Salescompany ltd.", "Main street 34", "Big city", "RegionA", "303", "NO", null, null));

        customer.Select(m => m.Key).ShouldBe(["name", "vatNumber", "address"]);
        customer["address"]![AddressFields.Country]!.GetValue<string>().ShouldBe("NO");
    }

    [Fact]
    public void Any_identifier_given_keeps_every_other_legal_registration_of_the_partner_out_and_any_spelling_counts_as_given()
    {
        var customer = Filled(Romanian("14399840", "RO14399840", "J08/12/2010"), new JsonObject { ["CNP"] = "1800101223344", ["NAME"] = null });

        customer.Select(m => m.Key).ShouldBe(["CNP", "NAME", "vatNumber", "address"]);
    }
}
