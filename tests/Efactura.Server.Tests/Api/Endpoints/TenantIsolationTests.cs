using System.Net;
using System.Text.Json;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Partners;
using Efactura.Server.Tests.Hosting;

namespace Efactura.Server.Tests.Api.Endpoints;

/// <summary>
/// Generated from the server's endpoint list (issue 15, item 8): tenant A owns one of everything (company, ANAF
/// connection, invoice, webhook and delivery, received invoice, SPV message); tenant B calls every <c>/v1</c> operation
/// with A's ids. An operation naming a resource in its path answers 404 or 403; every answer is free of A's data; and
/// A's data is unchanged afterwards. A new endpoint is covered by this test on the day it is mapped; a new route
/// parameter makes it fail until the test knows which of A's ids to put there.
/// </summary>
public sealed class TenantIsolationTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private const string Number = "ALICE-SECRET-0042";
    private const string CompanyName = "Alice Secret Distributie SRL";

    /// <summary>The operations that take no API key: the ANAF consent's browser pages (they carry one-time secrets instead).</summary>
    private static readonly string[] Public = ["GET /v1/anaf/callback", "GET /v1/anaf/token-links/{linkToken}"];

    [Fact]
    public async Task Every_endpoint_called_with_another_tenants_ids_answers_404_or_403_and_leaks_nothing()
    {
        var alice = await api.NewTenantAsync();
        var mallory = await api.NewTenantAsync();
        var owned = await SeedAsync(alice);
        var endpoints = ApiEndpoint.All(api.Server);
        var unknownParameters = endpoints.SelectMany(e => e.Parameters.Select(p => (e, p))).Where(x => Value(owned, x.e, x.p) is null).ToList();
        unknownParameters.ShouldBeEmpty("route parameters this test cannot fill with the other tenant's ids: add them to Value()");

        var failures = new List<string>();
        using var anonymous = api.Server.CreateClient(null);
        foreach (var endpoint in endpoints)
        {
            var path = endpoint.PathWith(p => Value(owned, endpoint, p)!);
            var query = $"companyId={owned.Company}";
            var body = $$"""{"companyId":"{{owned.Company}}","url":"https://example.ro/hook","events":["invoice.issued"]}""";
            if (Public.Contains(endpoint.ToString())) continue;
            using (var unauthenticated = endpoint.Request($"{path}?{query}", body))
            using (var refused = await anonymous.SendAsync(unauthenticated, Token))
                if (refused.StatusCode != HttpStatusCode.Unauthorized) failures.Add($"{endpoint}: {(int)refused.StatusCode} without an API key");

            using var request = endpoint.Request($"{path}?{query}", body);
            using var response = await mallory.Client.SendAsync(request, Token);
            var text = await response.Content.ReadAsStringAsync(Token);
            if (endpoint.Parameters.Count > 0 && response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
                failures.Add($"{endpoint}: {(int)response.StatusCode}, expected 404 or 403");
            if ((int)response.StatusCode >= 500) failures.Add($"{endpoint}: {(int)response.StatusCode}");
            // What mallory sent may come back (an id in "there is no company …"); anything else of alice's may not.
            var sent = $"{path}?{query} {body}";
            foreach (var secret in owned.Secrets.Where(s => !sent.Contains(s, StringComparison.OrdinalIgnoreCase)))
                if (text.Contains(secret, StringComparison.OrdinalIgnoreCase)) failures.Add($"{endpoint}: the answer holds alice's '{secret}'");
        }
        failures.ShouldBeEmpty();
        endpoints.Count.ShouldBeGreaterThan(25); // the list is real
        endpoints.Count(e => Public.Contains(e.ToString())).ShouldBe(Public.Length);

        // Alice's data is as it was: nothing mallory called changed it.
        (await (await alice.Client.GetAsync($"v1/companies/{owned.Company}/anaf", Token)).BodyAsync()).GetProperty("status").GetString().ShouldBe("active");
        (await (await alice.Client.GetAsync($"v1/invoices/{owned.Invoice}", Token)).BodyAsync()).GetProperty("state").GetString().ShouldBe(owned.InvoiceState);
        var webhooks = await (await alice.Client.GetAsync("v1/webhooks", Token)).BodyAsync();
        webhooks.GetProperty("items").EnumerateArray().Single().GetProperty("active").GetBoolean().ShouldBeTrue();
    }

    private static string? Value(Owned owned, ApiEndpoint endpoint, string parameter) => (parameter, endpoint.Pattern.Split('/')[2]) switch
    {
        ("id", "companies") => owned.Company.ToString(),
        ("id", "invoices") => owned.Invoice.ToString(),
        ("id", "webhooks") => owned.Webhook.ToString(),
        ("deliveryId", "webhooks") => owned.Delivery.ToString(),
        ("id", "incoming") => owned.Incoming.ToString(),
        ("id", "messages") => owned.Message.ToString(),
        ("partnerId", "companies") => owned.Partner.ToString(),
        ("kind", _) => "xml",
        ("linkToken", "anaf") => owned.LinkToken,
        _ => null,
    };

    private async Task<Owned> SeedAsync(TestTenant alice)
    {
        var client = alice.Client;
        var company = await client.PostAsync("v1/companies", ApiCalls.Json($$"""{"cui":"RO18547290","name":"{{CompanyName}}"}"""), Token);
        company.StatusCode.ShouldBe(HttpStatusCode.Created);
        var companyId = (await company.BodyAsync()).GetProperty("id").GetGuid();
        var webhook = await (await client.PostAsync("v1/webhooks", ApiCalls.Json("""{"url":"https://example.ro/alice","events":["invoice.issued"]}"""), Token)).BodyAsync();
        var invoice = await client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json", json => json["number"] = Number));
        var invoiceId = invoice.GetProperty("id").GetGuid();
        var deliveries = await (await client.GetAsync($"v1/webhooks/{webhook.GetProperty("id").GetString()}/deliveries", Token)).BodyAsync();
        var link = await (await client.PostAsync("v1/anaf/token-links", ApiCalls.Json($$"""{"companyId":"{{companyId}}"}"""), Token)).BodyAsync();

        var at = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var incoming = await api.Server.Service<IncomingInvoiceRepository>().AddAsync(new NewIncomingInvoice(
            alice.Id, companyId, "3001000777", "RO11111118", "Furnizor Secret SRL", "IN-SECRET-77", "380", new DateOnly(2026, 3, 1), "RON", 121.01m,
            """{"number":"IN-SECRET-77","issueDate":"2026-03-01","currency":"RON","supplier":{"vatNumber":"RO11111118","name":"Furnizor Secret SRL"},"lines":[{"description":"Servicii","quantity":1,"unit":"buc","unitPrice":"100","vatRate":21}]}""",
            at), Token);
        var message = await api.Server.Service<SpvMessageRepository>().RecordAsync(alice.Id, companyId,
            new NewSpvMessage("3001000778", NewSpvMessage.ReceivedInvoiceType, "18547290", null, "primita secret", at), Token);

        var partner = await api.Server.Service<PartnerRepository>().RecordAsync(new ReceivedSupplier(alice.Id, companyId,
            new PartnerDetails("11111118", "RO11111118", "Furnizor Secret SRL", "Str. Ascunsa 1", "Cluj-Napoca", "RO-CJ", "400001", "RO", "RO49AAAA1B31007593840000", null),
            [new ProductDetails("SECRET-ITEM-9", "Produs Secret", "H87", 100m, null, null, null)], "RON", new DateOnly(2026, 3, 1), at), Token);

        var webhookId = webhook.GetProperty("id").GetString()!;
        var deliveryId = deliveries.GetProperty("items").EnumerateArray().First().GetProperty("id").GetRawText().Trim('"');
        string[] secrets = [companyId.ToString(), invoiceId.ToString(), webhookId, incoming!.Id.ToString(), message!.Id.ToString(), // (the delivery id is a small number: not searchable)
            link.GetProperty("linkToken").GetString()!, Number, CompanyName, "IN-SECRET-77", "Furnizor Secret", "primita secret", "example.ro/alice", "RO49AAAA1B31007593840000",
            partner!.Value.ToString(), "SECRET-ITEM-9", "Produs Secret", "Str. Ascunsa", webhook.GetProperty("secret").GetString()!];
        return new Owned(companyId, invoiceId, invoice.GetProperty("state").GetString()!, Guid.Parse(webhookId), deliveryId, incoming.Id, message.Id,
            link.GetProperty("linkToken").GetString()!, partner.Value, secrets);
    }

    private sealed record Owned(Guid Company, Guid Invoice, string InvoiceState, Guid Webhook, string Delivery, Guid Incoming, Guid Message,
        string LinkToken, Guid Partner, IReadOnlyList<string> Secrets);
}
