using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Tests.Api.Connections;

namespace Efactura.Server.Tests.Api.Incoming;

public sealed class IncomingApiTests : IAsyncLifetime
{
    private const string InvoiceJson = """{"number":"F-100","issueDate":"2026-03-01","currency":"RON","supplier":{"vatNumber":"RO11111118","name":"Furnizor SRL"},"lines":[{"description":"Servicii","quantity":1,"unit":"buc","unitPrice":"100.005","vatRate":21}]}""";

    private ConnectionTestServer server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => server = await ConnectionTestServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private async Task<IncomingInvoice> ReceiveAsync(Company company, string messageId, string number = "F-100")
    {
        var incoming = await server.Service<IncomingInvoiceRepository>().AddAsync(new NewIncomingInvoice(
            company.TenantId, company.Id, messageId, "RO11111118", "Furnizor SRL", number, "380", new DateOnly(2026, 3, 1), "RON", 121.01m,
            InvoiceJson, new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero)), Token);
        return incoming!;
    }

    [Fact]
    public async Task An_incoming_invoice_shows_the_parsed_invoice_and_its_documents()
    {
        var (tenant, key) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant);
        var incoming = await ReceiveAsync(company, "3001000001");
        var zip = RandomNumberGenerator.GetBytes(300);
        await server.Service<DocumentRepository>().PutAsync(tenant.Id, DocumentOwnerType.Incoming, incoming.Id, DocumentKind.Zip, zip, Token);
        await server.Service<DocumentRepository>().PutAsync(tenant.Id, DocumentOwnerType.Incoming, incoming.Id, DocumentKind.Xml, Encoding.UTF8.GetBytes("<Invoice/>"), Token);
        var client = server.Client(key);

        var detail = await client.GetAsync($"v1/incoming/{incoming.Id}", Token).ShouldBeJsonAsync();

        detail.GetProperty("id").GetGuid().ShouldBe(incoming.Id);
        detail.GetProperty("number").GetString().ShouldBe("F-100");
        detail.GetProperty("supplierName").GetString().ShouldBe("Furnizor SRL");
        detail.GetProperty("totalAmount").GetDecimal().ShouldBe(121.01m);
        detail.GetProperty("issueDate").GetString().ShouldBe("2026-03-01");
        JsonSerializer.Serialize(detail.GetProperty("invoice")).ShouldBe(InvoiceJson);
        detail.GetProperty("invoice").GetProperty("lines")[0].GetProperty("unitPrice").GetString().ShouldBe("100.005");
        var documents = detail.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("kind").GetString()!);
        documents.Keys.Order().ShouldBe(["xml", "zip"]);
        documents["zip"].GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(zip)));
        documents["zip"].GetProperty("sizeBytes").GetInt64().ShouldBe(300);
    }

    [Fact]
    public async Task The_zip_downloads_byte_for_byte_with_its_hash_as_etag()
    {
        var (tenant, key) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant);
        var incoming = await ReceiveAsync(company, "3001000001");
        var zip = RandomNumberGenerator.GetBytes(4096);
        await server.Service<DocumentRepository>().PutAsync(tenant.Id, DocumentOwnerType.Incoming, incoming.Id, DocumentKind.Zip, zip, Token);
        var client = server.Client(key);

        var download = await client.GetAsync($"v1/incoming/{incoming.Id}/documents/zip", Token);

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        (await download.Content.ReadAsByteArrayAsync(Token)).ShouldBe(zip);
        download.Headers.ETag!.Tag.ShouldBe($"\"{Convert.ToHexStringLower(SHA256.HashData(zip))}\"");
        download.Content.Headers.ContentDisposition!.FileName.ShouldBe($"incoming-{incoming.Id}.zip");
        await client.GetAsync($"v1/incoming/{incoming.Id}/documents/pdf", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync($"v1/incoming/{incoming.Id}/documents/exe", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync($"v1/incoming/{incoming.Id}/documents/1", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync($"v1/incoming/{Guid.NewGuid()}/documents/zip", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Incoming_invoices_list_newest_first_by_company_and_cursor()
    {
        var (tenant, key) = await server.TenantAsync();
        var first = await server.CompanyAsync(tenant);
        var second = await server.CompanyAsync(tenant, "22222222");
        var a = await ReceiveAsync(first, "1", "A");
        var b = await ReceiveAsync(second, "2", "B");
        var c = await ReceiveAsync(first, "3", "C");
        var client = server.Client(key);

        var all = await client.GetAsync("v1/incoming", Token).ShouldBeJsonAsync();
        var page1 = await client.GetAsync($"v1/incoming?companyId={first.Id}&limit=1", Token).ShouldBeJsonAsync();
        var page2 = await client.GetAsync($"v1/incoming?companyId={first.Id}&limit=1&cursor={page1.GetProperty("nextCursor").GetString()}", Token).ShouldBeJsonAsync();

        Ids(all).ShouldBe(NewestFirst(a.Id, b.Id, c.Id));
        Ids(page1).Concat(Ids(page2)).ShouldBe(NewestFirst(a.Id, c.Id));
        page2.TryGetProperty("nextCursor", out _).ShouldBeFalse();
        all.GetProperty("items")[0].TryGetProperty("invoice", out _).ShouldBeFalse();
        await client.GetAsync("v1/incoming?companyId=x", Token).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await client.GetAsync("v1/incoming?cursor=%%%", Token).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await client.GetAsync($"v1/incoming?companyId={Guid.NewGuid()}", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_tenant_sees_none_of_a_tenants_incoming_invoices()
    {
        var (tenant, _) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant);
        var incoming = await ReceiveAsync(company, "1");
        await server.Service<DocumentRepository>().PutAsync(tenant.Id, DocumentOwnerType.Incoming, incoming.Id, DocumentKind.Zip, new byte[] { 1, 2 }, Token);
        var (_, otherKey) = await server.TenantAsync("other");
        var other = server.Client(otherKey);

        Ids(await other.GetAsync("v1/incoming", Token).ShouldBeJsonAsync()).ShouldBeEmpty();
        await other.GetAsync($"v1/incoming?companyId={company.Id}", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await other.GetAsync($"v1/incoming/{incoming.Id}", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await other.GetAsync($"v1/incoming/{incoming.Id}/documents/zip", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await server.Client().GetAsync("v1/incoming", Token).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Messages_list_by_company_and_cursor_and_read_one_by_one()
    {
        var (tenant, key) = await server.TenantAsync();
        var first = await server.CompanyAsync(tenant);
        var second = await server.CompanyAsync(tenant, "22222222");
        var messages = server.Service<SpvMessageRepository>();
        var at = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        var a = await messages.RecordAsync(tenant.Id, first.Id, new NewSpvMessage("1", "FACTURA TRIMISA", first.Cui, "5001", "trimisa", at), Token);
        var b = await messages.RecordAsync(tenant.Id, second.Id, new NewSpvMessage("2", NewSpvMessage.ReceivedInvoiceType, second.Cui, null, "primita", at), Token);
        var c = await messages.RecordAsync(tenant.Id, first.Id, new NewSpvMessage("3", "ERORI FACTURA", first.Cui, "5002", "erori", at), Token);
        var client = server.Client(key);

        var all = await client.GetAsync("v1/messages", Token).ShouldBeJsonAsync();
        var page1 = await client.GetAsync($"v1/messages?companyId={first.Id}&limit=1", Token).ShouldBeJsonAsync();
        var page2 = await client.GetAsync($"v1/messages?companyId={first.Id}&limit=1&cursor={page1.GetProperty("nextCursor").GetString()}", Token).ShouldBeJsonAsync();
        var one = await client.GetAsync($"v1/messages/{a!.Id}", Token).ShouldBeJsonAsync();

        Ids(all).ShouldBe(NewestFirst(a.Id, b!.Id, c!.Id));
        Ids(page1).Concat(Ids(page2)).ShouldBe(NewestFirst(a.Id, c.Id));
        one.GetProperty("anafId").GetString().ShouldBe("1");
        one.GetProperty("type").GetString().ShouldBe("FACTURA TRIMISA");
        one.GetProperty("requestId").GetString().ShouldBe("5001");
        one.GetProperty("anafCreatedAt").GetDateTimeOffset().ShouldBe(at);
        await client.GetAsync($"v1/messages/{Guid.NewGuid()}", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync("v1/messages/nope", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var (_, otherKey) = await server.TenantAsync("other");
        var other = server.Client(otherKey);
        Ids(await other.GetAsync("v1/messages", Token).ShouldBeJsonAsync()).ShouldBeEmpty();
        await other.GetAsync($"v1/messages/{a.Id}", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await other.GetAsync($"v1/messages?companyId={first.Id}", Token).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>
    /// Newest first is id order, descending: UUID v7 ids carry the millisecond of creation, and rows made within one
    /// millisecond come in the (fixed) order of their random tail, as the database sorts the UUID text.
    /// </summary>
    private static List<Guid> NewestFirst(params Guid[] ids) => [.. ids.OrderByDescending(id => id.ToString(), StringComparer.Ordinal)];

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
}
