using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Efactura.Anaf.OAuth;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Tests.Api.Connections;
using Efactura.Server.Workers;
using Efactura.Server.Workers.Incoming;
using Efactura.Simulator;
using Efactura.Simulator.Rules;
using Efactura.Testing;

namespace Efactura.Server.Tests.Api.Invoices;

/// <summary>
/// The buyers' replies a supplier receives, end to end: the real server on loopback and the real simulator over HTTP
/// share one manual clock; company A (supplier) uploads an invoice to company B (buyer, another tenant), B answers it
/// through the API (RASP), and A's incoming sync downloads the MESAJ CUMPARATOR and lists it with A's invoice.
/// </summary>
public sealed class InvoiceRepliesApiTests : IAsyncLifetime
{
    private const string SupplierCui = "18547290"; // the seller of examples/01-b2b-ron-21.json
    private const string BuyerCui = "14399840"; // its buyer

    // Generating an RSA key is the slowest part of a simulator start: one certificate serves every test.
    private static readonly Lazy<X509Certificate2> Certificate = new(() => AnafSimulator.CreateSigningCertificate(DateTimeOffset.UnixEpoch.AddYears(56)));

    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    private AnafSimulator simulator = null!;
    private ConnectionTestServer server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        simulator = await AnafSimulator.StartAsync(new SimulatorOptions
        {
            Time = clock, ProcessingDelay = TimeSpan.Zero, Rules = new StructuralInvoiceRules(), SigningCertificate = Certificate.Value,
        }, Token);
        server = await ConnectionTestServer.StartAsync(clock, ("Efactura:Anaf:Simulator:Url", simulator.BaseAddress.AbsoluteUri));
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task A_buyers_reply_sent_through_ANAF_is_listed_with_the_suppliers_invoice_once()
    {
        var (supplier, supplierCompany) = await ConnectedAsync("alfa", SupplierCui);
        var (buyer, _) = await ConnectedAsync("beta", BuyerCui);
        var invoice = await supplier.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        var invoiceId = invoice.GetProperty("id").GetGuid();
        (await server.Service<Submitter>().RunRoundAsync(Token)).ShouldBeTrue();
        var index = (await (await supplier.GetAsync($"v1/invoices/{invoiceId}", Token)).BodyAsync()).GetProperty("anaf").GetProperty("indexIncarcare").GetString();
        index.ShouldNotBeNull();

        // B's sync brings the invoice; B answers it through the gateway.
        clock.Advance(TimeSpan.FromMinutes(2)); // ANAF's list is read up to a minute ago
        await SyncAsync();
        var received = (await (await buyer.GetAsync("v1/incoming", Token)).BodyAsync()).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        var sent = await buyer.PostAsync($"v1/incoming/{received.GetProperty("id").GetGuid()}/replies",
            ApiCalls.Json("""{"text":"Cantitatea de la linia 2 nu corespunde avizului 118."}"""), Token);
        sent.StatusCode.ShouldBe(HttpStatusCode.Created, await sent.Content.ReadAsStringAsync(Token));
        var replyIndex = (await sent.BodyAsync()).GetProperty("uploadIndex").GetString();

        // A's next sync (an hour later) downloads the buyer's message.
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(2));
        await SyncAsync();

        var replies = await supplier.GetAsync($"v1/invoices/{invoiceId}/replies", Token);
        replies.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reply = (await replies.BodyAsync()).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        reply.GetProperty("text").GetString().ShouldBe("Cantitatea de la linia 2 nu corespunde avizului 118.");
        reply.GetProperty("invoiceId").GetGuid().ShouldBe(invoiceId);
        reply.GetProperty("invoiceNumber").GetString().ShouldBe("ALF-2026-0001");
        reply.GetProperty("answeredIndex").GetString().ShouldBe(index);
        reply.GetProperty("replyIndex").GetString().ShouldBe(replyIndex);
        reply.GetProperty("companyId").GetGuid().ShouldBe(supplierCompany.Id);
        var detail = await (await supplier.GetAsync($"v1/invoices/{invoiceId}", Token)).BodyAsync();
        detail.GetProperty("replies").EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(reply.GetProperty("id").GetGuid());
        var message = await (await supplier.GetAsync($"v1/messages/{reply.GetProperty("messageId").GetGuid()}", Token)).BodyAsync();
        message.GetProperty("type").GetString()!.ShouldStartWith("MESAJ CUMPARATOR");

        // Another sync changes nothing: one reply, one event.
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(2));
        await SyncAsync();
        (await (await supplier.GetAsync($"v1/invoices/{invoiceId}/replies", Token)).BodyAsync()).GetProperty("items").GetArrayLength().ShouldBe(1);
        var events = (await server.Service<EventRepository>().ListAsync(supplierCompany.TenantId, new PageRequest(), Token)).Items;
        JsonDocument.Parse(events.Where(e => e.Type == EventTypes.InvoiceReplyReceived).ShouldHaveSingleItem().Data).RootElement
            .GetProperty("invoiceId").GetGuid().ShouldBe(invoiceId);

        // The buyer's copy of its own message is no reply it received: it completes the reply it sent.
        (await (await buyer.GetAsync("v1/replies", Token)).BodyAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        var own = (await (await buyer.GetAsync($"v1/incoming/{received.GetProperty("id").GetGuid()}/replies", Token)).BodyAsync())
            .GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        own.GetProperty("state").GetString().ShouldBe("sent");
        own.TryGetProperty("messageId", out _).ShouldBeTrue();
        (await (await supplier.GetAsync("v1/replies?unlinked=true", Token)).BodyAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Replies_are_the_tenants_own_and_bad_queries_are_problems()
    {
        var (supplier, company) = await ConnectedAsync("alfa", SupplierCui);
        var (other, _) = await ConnectedAsync("beta", BuyerCui);
        var invoiceId = (await supplier.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"))).GetProperty("id").GetGuid();

        var notYetUploaded = await supplier.GetAsync($"v1/invoices/{invoiceId}/replies", Token);
        var othersInvoice = await other.GetAsync($"v1/invoices/{invoiceId}/replies", Token);
        var malformed = await supplier.GetAsync("v1/invoices/not-an-id/replies", Token);
        var badFlag = await supplier.GetAsync("v1/replies?unlinked=maybe", Token);
        var othersCompany = await other.GetAsync($"v1/replies?companyId={company.Id}", Token);
        var badCursor = await supplier.GetAsync("v1/replies?cursor=nope", Token);

        notYetUploaded.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notYetUploaded.BodyAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await othersInvoice.ProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString()!.ShouldContain(invoiceId.ToString());
        await malformed.ProblemAsync(HttpStatusCode.NotFound);
        (await badFlag.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain("unlinked");
        await othersCompany.ProblemAsync(HttpStatusCode.NotFound);
        await badCursor.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_reply_about_an_invoice_the_gateway_does_not_know_is_listed_unlinked()
    {
        var (supplier, company) = await ConnectedAsync("alfa", SupplierCui);
        // Uploaded by the supplier outside the gateway; the buyer answers it.
        simulator.SeedIncomingInvoice(Efactura.Simulator.AnafEnvironment.Test, BuyerCui, SupplierCui, File.ReadAllBytes(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml")), "ERP-77");
        var index = simulator.Uploads(Efactura.Simulator.AnafEnvironment.Test).Single(u => u.DocumentNumber == "ERP-77").Index;
        var (buyer, _) = await ConnectedAsync("beta", BuyerCui);
        clock.Advance(TimeSpan.FromMinutes(2));
        await SyncAsync();
        var received = (await (await buyer.GetAsync("v1/incoming", Token)).BodyAsync()).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        (await buyer.PostAsync($"v1/incoming/{received.GetProperty("id").GetGuid()}/replies", ApiCalls.Json("""{"text":"Nu recunoastem factura."}"""), Token))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(2));
        await SyncAsync();

        var unlinked = (await (await supplier.GetAsync($"v1/replies?companyId={company.Id}&unlinked=true", Token)).BodyAsync())
            .GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        unlinked.GetProperty("text").GetString().ShouldBe("Nu recunoastem factura.");
        unlinked.GetProperty("answeredIndex").GetString().ShouldBe(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        unlinked.TryGetProperty("invoiceId", out _).ShouldBeFalse();
    }

    // Rounds of the incoming sync until it has nothing left to do (bounded: each round lists or downloads something).
    private async Task SyncAsync()
    {
        var sync = server.Service<IncomingSync>();
        for (var round = 0; round < 10 && await sync.RunRoundAsync(Token); round++)
        {
        }
    }

    // A tenant with a company connected to the simulator under its own SPV user; its API client.
    private async Task<(HttpClient Client, Company Company)> ConnectedAsync(string tenantName, string cui)
    {
        var (tenant, key) = await server.TenantAsync(tenantName);
        var company = await server.CompanyAsync(tenant, cui);
        var serial = "SERIAL-" + cui;
        simulator.GrantRights(serial, cui);
        var pair = simulator.IssueTokens(serial);
        await server.Service<AnafConnectionRepository>().ConnectAsync(tenant.Id, company.Id,
            new AnafTokens(pair.AccessToken, pair.RefreshToken, JwtExpiry.Read(pair.AccessToken)!.Value, JwtExpiry.Read(pair.RefreshToken)!.Value), Token);
        return (server.Client(key), company);
    }
}
