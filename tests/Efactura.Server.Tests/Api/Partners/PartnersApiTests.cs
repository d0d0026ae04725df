using System.Net;
using System.Text.Json;
using Efactura.Server.Storage.Partners;
using Efactura.Server.Tests.Api.Connections;
using Efactura.Server.Tests.Hosting;

namespace Efactura.Server.Tests.Api.Partners;

public sealed class PartnersApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Received = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private async Task<Guid> ReceivedFromAsync(TestTenant tenant, Guid companyId, PartnerDetails partner, DateOnly issued, params ProductDetails[] products) =>
        (await api.Server.Service<PartnerRepository>().RecordAsync(
            new ReceivedSupplier(tenant.Id, companyId, partner, products, "RON", issued, Received), Token))!.Value;

    private static PartnerDetails Alfa => new("18547290", "RO18547290", "Alfa Distribuție SRL", "Str. Memorandumului 28", "Cluj-Napoca", "RO-CJ", "400114", "RO",
        "RO49AAAA1B31007593840000", "J12/1234/2010");

    private static PartnerDetails Gamma => new("1800101223344", null, "Gamma Transport PFA", null, "Iași", "RO-IS", null, "RO", null, null);

    private static async Task<JsonElement[]> ItemsAsync(HttpClient client, string path)
    {
        var response = await client.FetchAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return [.. (await response.BodyAsync()).GetProperty("items").EnumerateArray()];
    }

    [Fact]
    public async Task A_companys_partners_and_their_products_are_listed_and_searched_with_the_last_price()
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO14399840");
        var alfa = await ReceivedFromAsync(tenant, companyId, Alfa, new DateOnly(2026, 11, 20),
            new ProductDetails("CIM-40", "Ciment Portland CEM II 40 kg", "H87", 32.50m, null, "44111200-3", "25232900"),
            new ProductDetails("OB-10", "Oțel beton PC52 fi 10", "TNE", 3890m, 1m, null, null));
        await ReceivedFromAsync(tenant, companyId, Gamma, new DateOnly(2026, 11, 21), new ProductDetails(null, "Transport marfă", "H87", 350m, null, null, null));
        await ReceivedFromAsync(tenant, companyId, Alfa, new DateOnly(2026, 11, 27), new ProductDetails("CIM-40", "Ciment Portland CEM II 40 kg", "H87", 34.125m, null, "44111200-3", "25232900"));
        var client = tenant.Client;

        (await ItemsAsync(client, $"v1/companies/{companyId}/partners")).Length.ShouldBe(2);
        var found = (await ItemsAsync(client, $"v1/companies/{companyId}/partners?q=distributie")).ShouldHaveSingleItem();
        found.GetProperty("id").GetGuid().ShouldBe(alfa);
        found.GetProperty("identifier").GetString().ShouldBe("18547290");
        found.GetProperty("vatNumber").GetString().ShouldBe("RO18547290");
        found.GetProperty("name").GetString().ShouldBe("Alfa Distribuție SRL");
        found.GetProperty("address").GetProperty("county").GetString().ShouldBe("RO-CJ");
        found.GetProperty("iban").GetString().ShouldBe("RO49AAAA1B31007593840000");
        found.GetProperty("tradeRegister").GetString().ShouldBe("J12/1234/2010");
        found.GetProperty("lastInvoiceDate").GetString().ShouldBe("2026-11-27");
        (await ItemsAsync(client, $"v1/companies/{companyId}/partners?q=RO18547290")).ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(alfa);
        (await ItemsAsync(client, $"v1/companies/{companyId}/partners?q=1800101223344")).ShouldHaveSingleItem()
            .GetProperty("name").GetString().ShouldBe("Gamma Transport PFA");
        (await client.FetchAsync($"v1/companies/{companyId}/partners/{alfa}").ShouldBeJsonAsync()).GetProperty("name").GetString().ShouldBe("Alfa Distribuție SRL");

        var products = await ItemsAsync(client, $"v1/companies/{companyId}/partners/{alfa}/products");
        products.Length.ShouldBe(2);
        var cement = (await ItemsAsync(client, $"v1/companies/{companyId}/partners/{alfa}/products?q=cim-40")).ShouldHaveSingleItem();
        cement.GetProperty("name").GetString().ShouldBe("Ciment Portland CEM II 40 kg");
        cement.GetProperty("lastUnitPrice").GetDecimal().ShouldBe(34.125m);
        cement.GetProperty("currency").GetString().ShouldBe("RON");
        cement.GetProperty("priceDate").GetString().ShouldBe("2026-11-27");
        cement.GetProperty("unitCode").GetString().ShouldBe("H87");
        cement.GetProperty("cpvCode").GetString().ShouldBe("44111200-3");
        cement.GetProperty("ncCode").GetString().ShouldBe("25232900");
        (await ItemsAsync(client, $"v1/companies/{companyId}/partners/{alfa}/products?q=otel")).ShouldHaveSingleItem()
            .GetProperty("sellersItemId").GetString().ShouldBe("OB-10");
    }

    [Fact]
    public async Task Partners_page_with_the_cursor_the_list_hands_out()
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO14399840");
        await ReceivedFromAsync(tenant, companyId, Alfa, new DateOnly(2026, 11, 20));
        await ReceivedFromAsync(tenant, companyId, Gamma, new DateOnly(2026, 11, 20));

        var first = await tenant.Client.FetchAsync($"v1/companies/{companyId}/partners?limit=1").ShouldBeJsonAsync();
        var cursor = first.GetProperty("nextCursor").GetString()!;
        var second = await tenant.Client.FetchAsync($"v1/companies/{companyId}/partners?limit=1&cursor={cursor}").ShouldBeJsonAsync();

        var names = new[] { first, second }.Select(page => page.GetProperty("items").EnumerateArray().Single().GetProperty("name").GetString()!).ToList();
        names.ShouldBe(["Alfa Distribuție SRL", "Gamma Transport PFA"], ignoreOrder: true);
    }

    [Fact]
    public async Task Another_tenant_sees_no_partner_and_no_product()
    {
        var alice = await api.NewTenantAsync();
        var mallory = await api.NewTenantAsync();
        var companyId = await alice.Client.CreateCompanyAsync("RO14399840");
        var malloryCompany = await mallory.Client.CreateCompanyAsync("RO14399840");
        var alfa = await ReceivedFromAsync(alice, companyId, Alfa, new DateOnly(2026, 11, 20), new ProductDetails("CIM-40", "Ciment", "H87", 32.50m, null, null, null));

        (await (await mallory.Client.FetchAsync($"v1/companies/{companyId}/partners")).ProblemAsync(HttpStatusCode.NotFound))
            .GetProperty("detail").GetString()!.ShouldNotContain("Alfa");
        await (await mallory.Client.FetchAsync($"v1/companies/{companyId}/partners/{alfa}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await mallory.Client.FetchAsync($"v1/companies/{companyId}/partners/{alfa}/products")).ProblemAsync(HttpStatusCode.NotFound);
        await (await mallory.Client.FetchAsync($"v1/companies/{malloryCompany}/partners/{alfa}/products")).ProblemAsync(HttpStatusCode.NotFound);
        (await ItemsAsync(mallory.Client, $"v1/companies/{malloryCompany}/partners?q=alfa")).ShouldBeEmpty();
        (await ItemsAsync(mallory.Client, $"v1/companies/{malloryCompany}/partners")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_bad_query_id_or_cursor_is_a_problem_saying_what_is_wrong()
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO14399840");

        var longQuery = await (await tenant.Client.FetchAsync($"v1/companies/{companyId}/partners?q={new string('a', 101)}")).ProblemAsync(HttpStatusCode.BadRequest);
        var badCursor = await (await tenant.Client.FetchAsync($"v1/companies/{companyId}/partners?cursor=nonsense")).ProblemAsync(HttpStatusCode.BadRequest);
        var badLimit = await (await tenant.Client.FetchAsync($"v1/companies/{companyId}/partners?limit=0")).ProblemAsync(HttpStatusCode.BadRequest);
        var badPartner = await (await tenant.Client.FetchAsync($"v1/companies/{companyId}/partners/not-an-id/products")).ProblemAsync(HttpStatusCode.NotFound);

        longQuery.GetProperty("detail").GetString().ShouldBe("q is 101 characters long; search with at most 100.");
        badCursor.GetProperty("detail").GetString()!.ShouldContain("cursor");
        badLimit.GetProperty("detail").GetString()!.ShouldContain("limit");
        badPartner.GetProperty("detail").GetString().ShouldBe("There is no partner 'not-an-id'.");
    }
}
