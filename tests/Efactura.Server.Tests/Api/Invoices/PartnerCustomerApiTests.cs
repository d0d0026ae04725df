using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Efactura.Core.Model;
using Efactura.Server.Application.Invoices;
using Efactura.Server.Storage.Partners;
using Efactura.Server.Tests.Api.Connections;
using Efactura.Server.Tests.Hosting;
using Efactura.Ubl;
using Efactura.Validation;

namespace Efactura.Server.Tests.Api.Invoices;

/// <summary>Issue 19, item 4: an outgoing invoice may name one of its company's partners as its customer instead of repeating its data.</summary>
public sealed class PartnerCustomerApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Received = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    // A supplier of the examples' seller (Alfa, CUI 18547290), as its received invoice described it.
    private static PartnerDetails Beta => new("14399840", "RO14399840", "Beta Construcții SA", "Bd. Unirii 15, bl. 7, ap. 12", "SECTOR3", "RO-B", "030823", "RO",
        "RO49AAAA1B31007593840000", "J40/5678/2001");

    private async Task<Guid> PartnerAsync(TestTenant tenant, Guid companyId, PartnerDetails partner) =>
        (await api.Server.Service<PartnerRepository>().RecordAsync(
            new ReceivedSupplier(tenant.Id, companyId, partner, [], "RON", new DateOnly(2026, 11, 20), Received), Token))!.Value;

    /// <summary>The example invoice with <paramref name="customer"/> as its customer.</summary>
    private static string InvoiceFor(JsonObject customer, string number = "ALF-2026-0001", string? type = null) =>
        ApiCalls.Example("01-b2b-ron-21.json", invoice =>
        {
            invoice["customer"] = customer;
            invoice["number"] = number;
            if (type is not null) invoice["type"] = type;
        });

    private async Task<Invoice> WrittenUblAsync(TestTenant tenant, Guid invoiceId)
    {
        var response = await tenant.Client.FetchAsync($"v1/invoices/{invoiceId}/documents/xml");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var xml = await response.Content.ReadAsByteArrayAsync(Token);
        var verdict = api.Server.Service<InvoiceValidator>().Validate(xml.AsSpan());
        verdict.IsValid.ShouldBeTrue(string.Join("; ", verdict.Findings.Select(f => $"{f.Code} {f.Message}")));
        return new UblReader().Read(new MemoryStream(xml));
    }

    [Fact]
    public async Task A_customer_naming_a_partner_is_filled_from_it_and_the_written_UBL_carries_the_partners_data_and_passes_validation()
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO18547290");
        var partnerId = await PartnerAsync(tenant, companyId, Beta);

        var created = await tenant.Client.CreateInvoiceAsync(InvoiceFor(new JsonObject { ["partnerId"] = partnerId.ToString() }));

        var customer = created.GetProperty("customer");
        customer.GetProperty("partnerId").GetGuid().ShouldBe(partnerId);
        (customer.GetProperty("id").GetString(), customer.GetProperty("name").GetString()).ShouldBe(("RO14399840", "Beta Construcții SA"));
        var shown = await tenant.Client.FetchAsync($"v1/invoices/{created.GetProperty("id").GetGuid()}").ShouldBeJsonAsync();
        shown.GetProperty("customer").GetProperty("partnerId").GetGuid().ShouldBe(partnerId);

        var buyer = (await WrittenUblAsync(tenant, created.GetProperty("id").GetGuid())).Buyer;
        (buyer.Name, buyer.VatIdentifier, buyer.LegalRegistrationId?.Value).ShouldBe(("Beta Construcții SA", "RO14399840", "J40/5678/2001"));
        (buyer.Address.Line1, buyer.Address.City, buyer.Address.CountrySubdivision, buyer.Address.PostalCode, buyer.Address.CountryCode)
            .ShouldBe(("Bd. Unirii 15, bl. 7, ap. 12", "SECTOR3", "RO-B", "030823", "RO"));
    }

    [Fact]
    public async Task Members_given_beside_partnerId_override_the_partners_an_address_is_taken_whole_and_null_removes_a_value()
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO18547290");
        var partnerId = await PartnerAsync(tenant, companyId, Beta);
        var customer = new JsonObject
        {
            ["PartnerId"] = partnerId.ToString(),
            ["name"] = "Beta Construcții SA Sucursala Cluj",
            ["Cui"] = "14399840",
            ["vatNumber"] = null,
            ["email"] = "facturi.cluj@beta.example",
            ["address"] = new JsonObject { ["street"] = "Str. Fabricii 3", ["city"] = "Cluj-Napoca", ["county"] = "Cluj" },
        };

        var created = await tenant.Client.CreateInvoiceAsync(InvoiceFor(customer));

        created.GetProperty("customer").GetProperty("partnerId").GetGuid().ShouldBe(partnerId);
        var buyer = (await WrittenUblAsync(tenant, created.GetProperty("id").GetGuid())).Buyer;
        buyer.Name.ShouldBe("Beta Construcții SA Sucursala Cluj");
        // The cui given fills BT-47, so the partner's trade register does not; the null leaves the VAT number out.
        (buyer.VatIdentifier, buyer.LegalRegistrationId?.Value).ShouldBe((null, "14399840"));
        buyer.Contact!.Email.ShouldBe("facturi.cluj@beta.example");
        // The address given is the whole address: no street, postal code or county of the partner's mixed in.
        (buyer.Address.Line1, buyer.Address.City, buyer.Address.CountrySubdivision, buyer.Address.PostalCode, buyer.Address.CountryCode)
            .ShouldBe(("Str. Fabricii 3", "Cluj-Napoca", "RO-CJ", null, "RO"));
    }

    [Theory]
    [InlineData("\"0190a6f2-1c2d-7e3f-8a4b-5c6d7e8f9a0b\"")]
    [InlineData("\"not-an-id\"")]
    [InlineData("42")]
    public async Task A_partner_the_company_does_not_have_is_422_pointing_at_customer_partnerId_and_nothing_is_stored(string partnerId)
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var customer = JsonNode.Parse($$"""{"partnerId": {{partnerId}}}""")!.AsObject();

        var problem = await (await tenant.Client.PostJsonAsync("v1/invoices", InvoiceFor(customer))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.Kind().ShouldBe("unknown-partner");
        var finding = problem.Findings().ShouldHaveSingleItem();
        (finding.GetProperty("code").GetString(), finding.GetProperty("field").GetString()).ShouldBe((CustomerPartners.UnknownPartnerCode, "/customer/partnerId"));
        finding.GetProperty("message").GetString()!.ShouldContain("is not a partner of company 18547290");
        (await tenant.Client.FetchAsync("v1/invoices").ShouldBeJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Another_tenants_or_another_companys_partner_is_refused_as_one_that_does_not_exist_and_shows_nothing_of_it()
    {
        var owner = await api.NewTenantAsync();
        var ownersCompany = await owner.Client.CreateCompanyAsync("RO18547290");
        var theirs = await PartnerAsync(owner, ownersCompany, Beta);
        var tenant = await api.NewTenantAsync();
        var alfa = await tenant.Client.CreateCompanyAsync("RO18547290");
        var beta = await tenant.Client.CreateCompanyAsync("RO14399840");
        var otherCompanys = await PartnerAsync(tenant, beta, Beta with { Identifier = "18547290", VatIdentifier = "RO18547290", Name = "Alfa Distribuție SRL" });

        foreach (var (partnerId, query) in new[] { (theirs, ""), (theirs, $"?companyId={alfa}"), (otherCompanys, ""), (otherCompanys, $"?companyId={alfa}") })
        {
            var response = await tenant.Client.PostJsonAsync("v1/invoices" + query, InvoiceFor(new JsonObject { ["partnerId"] = partnerId.ToString() }));
            var text = await response.Content.ReadAsStringAsync(Token);
            var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);

            problem.Findings().ShouldHaveSingleItem().GetProperty("message").GetString()
                .ShouldBe($"\"{partnerId}\" is not a partner of company 18547290 (Company RO18547290).");
            text.ShouldNotContain("Beta Constru");
            text.ShouldNotContain("J40/5678/2001");
        }
        (await tenant.Client.FetchAsync("v1/invoices").ShouldBeJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        // The owner names its own partner.
        (await owner.Client.CreateInvoiceAsync(InvoiceFor(new JsonObject { ["partnerId"] = theirs.ToString() })))
            .GetProperty("customer").GetProperty("partnerId").GetGuid().ShouldBe(theirs);
    }

    [Fact]
    public async Task A_self_billed_invoices_customer_is_the_company_itself_and_cannot_name_a_partner()
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO18547290");
        var partnerId = await PartnerAsync(tenant, companyId, Beta);

        var problem = await (await tenant.Client.PostJsonAsync("v1/invoices", InvoiceFor(new JsonObject { ["partnerId"] = partnerId.ToString() }, type: "selfBilled")))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var finding = problem.Findings().ShouldHaveSingleItem();
        (finding.GetProperty("code").GetString(), finding.GetProperty("field").GetString()).ShouldBe((CustomerPartners.SelfBilledCode, "/customer/partnerId"));
    }

    [Fact]
    public async Task A_draft_keeps_the_customer_it_was_filled_with_when_the_partner_changes_before_it_is_issued()
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO18547290");
        var partnerId = await PartnerAsync(tenant, companyId, Beta);
        var draft = await tenant.Client.CreateInvoiceAsync(InvoiceFor(new JsonObject { ["partnerId"] = partnerId.ToString() }), "?draft=true");
        // A newer invoice from the partner: it moved.
        await api.Server.Service<PartnerRepository>().RecordAsync(new ReceivedSupplier(tenant.Id, companyId,
            Beta with { Street = "Str. Nouă 1", PostalCode = "030001" }, [], "RON", new DateOnly(2026, 11, 27), Received), Token);

        var issued = await (await tenant.Client.PostEmptyAsync($"v1/invoices/{draft.GetProperty("id").GetGuid()}/issue")).ShouldBeJsonAsync();

        issued.GetProperty("customer").GetProperty("partnerId").GetGuid().ShouldBe(partnerId);
        (await WrittenUblAsync(tenant, issued.GetProperty("id").GetGuid())).Buyer.Address.Line1.ShouldBe("Bd. Unirii 15, bl. 7, ap. 12");
    }

    [Fact]
    public async Task Validate_fills_the_customer_from_the_partner_and_reports_an_unknown_one_as_a_finding()
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO18547290");
        var partnerId = await PartnerAsync(tenant, companyId, Beta);

        var known = await (await tenant.Client.PostJsonAsync("v1/invoices/validate", InvoiceFor(new JsonObject { ["partnerId"] = partnerId.ToString() }))).BodyAsync();
        var unknownResponse = await tenant.Client.PostJsonAsync($"v1/invoices/validate?companyId={companyId}",
            InvoiceFor(new JsonObject { ["partnerId"] = Guid.NewGuid().ToString() }));
        var unknown = await unknownResponse.BodyAsync();
        var noCompany = await tenant.Client.PostJsonAsync($"v1/invoices/validate?companyId={Guid.NewGuid()}",
            InvoiceFor(new JsonObject { ["partnerId"] = partnerId.ToString() }));

        known.GetProperty("valid").GetBoolean().ShouldBeTrue(known.GetRawText());
        unknownResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.GetProperty("valid").GetBoolean().ShouldBeFalse();
        // Only the partner: the validator never reads a customer it could not fill.
        var finding = unknown.Findings().ShouldHaveSingleItem();
        (finding.GetProperty("code").GetString(), finding.GetProperty("field").GetString()).ShouldBe((CustomerPartners.UnknownPartnerCode, "/customer/partnerId"));
        await noCompany.ProblemAsync(HttpStatusCode.NotFound);
        (await tenant.Client.FetchAsync("v1/invoices").ShouldBeJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }
}
