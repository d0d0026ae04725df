using System.Net;
using System.Text;
using Efactura.Anaf;
using Efactura.Anaf.OAuth;
using Efactura.Anaf.Quotas;
using Efactura.Anaf.Results;
using Efactura.Server.Anaf;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Quotas;
using Efactura.Server.Tests.Api.Connections;
using Efactura.Server.Application.Incoming;
using Efactura.Simulator;
using Efactura.Simulator.Faults;
using Efactura.Simulator.Rules;
using AnafEnvironment = Efactura.Server.Storage.Companies.AnafEnvironment;

namespace Efactura.Server.Tests.Api.Incoming;

/// <summary>
/// The buyer's reply (RASP) to a received invoice, end to end: the server on loopback sends it through the real
/// simulator over HTTP as the buyer company, and the supplier finds it in its own message list naming the invoice.
/// </summary>
public sealed class IncomingRepliesApiTests : IAsyncLifetime
{
    private const string BuyerCui = "12345678";
    private const string SupplierCif = "8000000000";

    private AnafSimulator simulator = null!;
    private ConnectionTestServer server = null!;
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // The system clock on both sides (the server's is), and no processing delay: messages are listed as soon as uploaded.
        simulator = await AnafSimulator.StartAsync(new SimulatorOptions { ProcessingDelay = TimeSpan.Zero, Rules = new StructuralInvoiceRules() }, Token);
        server = await ConnectionTestServer.StartAsync(("Efactura:Anaf:Simulator:Url", simulator.BaseAddress.AbsoluteUri));
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await server.DisposeAsync();
        await simulator.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_reaches_the_supplier_naming_the_invoice_and_is_listed_with_it()
    {
        var (client, company, supplier) = await ConnectedBuyerAsync();
        var invoiceIndex = await SupplierSendsInvoiceAsync(supplier);
        var incoming = await ReceiveAsync(company, invoiceIndex);

        var response = await client.PostAsync($"v1/incoming/{incoming.Id}/replies", ApiCalls.Json("""{"text":"Cantitatea de la linia 2 nu corespunde avizului 118."}"""), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Token));
        var reply = await response.BodyAsync();
        reply.GetProperty("state").GetString().ShouldBe("sent");
        reply.GetProperty("answeredIndex").GetString().ShouldBe(invoiceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var replyIndex = long.Parse(reply.GetProperty("uploadIndex").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        // The supplier's list holds the buyer message; its file names the invoice and carries the text.
        var entry = (await supplier.ListMessagesAsync(SupplierCif, 1, MessageFilter.BuyerMessages, Token)).Value!.Messages.ShouldHaveSingleItem();
        entry.Type.ShouldBe(SpvMessageType.BuyerMessage);
        entry.UploadIndex.ShouldBe(replyIndex);
        var archive = (await supplier.DownloadAsync(entry.DownloadId, Token)).Value!;
        BuyerMessage.TryRead(archive.Contents.Document).ShouldBe(new BuyerMessage(invoiceIndex, "Cantitatea de la linia 2 nu corespunde avizului 118."));

        // It spent one of the buyer CIF's RASP uploads of the day, on the simulator's own counters.
        var quota = server.Service<DatabaseAnafQuota>().ForEnvironment(AnafEnvironment.Simulator);
        (await quota.UsedTodayAsync(DailyQuota.BuyerMessagesPerCui, BuyerCui, Token)).ShouldBe(1);

        // Listed with the invoice; linked to the SPV message ANAF lists for it once the sync records that message.
        var listed = (await (await client.GetAsync($"v1/incoming/{incoming.Id}/replies", Token)).BodyAsync()).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        listed.GetProperty("id").GetGuid().ShouldBe(reply.GetProperty("id").GetGuid());
        listed.TryGetProperty("messageId", out _).ShouldBeFalse();
        var echo = await server.Service<SpvMessageRepository>().RecordAsync(company.TenantId, company.Id, new NewSpvMessage(
            "3009000001", "MESAJ CUMPARATOR PRIMIT / MESAJ CUMPARATOR TRANSMIS", BuyerCui, replyIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "mesaj cumparator", DateTimeOffset.UnixEpoch.AddYears(56)), Token);
        listed = (await (await client.GetAsync($"v1/incoming/{incoming.Id}/replies", Token)).BodyAsync()).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        listed.GetProperty("messageId").GetGuid().ShouldBe(echo!.Id);
    }

    [Fact]
    public async Task When_the_days_RASP_uploads_are_used_the_reply_is_refused_with_429_and_nothing_is_sent()
    {
        var (client, company, supplier) = await ConnectedBuyerAsync();
        var invoiceIndex = await SupplierSendsInvoiceAsync(supplier);
        var incoming = await ReceiveAsync(company, invoiceIndex);
        // The day's counter of the buyer CIF's RASP uploads, used up (more than any safety margin allows): today's and
        // tomorrow's, so the post is refused also when Romanian midnight falls between this line and the request.
        var now = server.Service<TimeProvider>().GetUtcNow();
        foreach (var day in new[] { DatabaseAnafQuota.RomanianDayStart(now), DatabaseAnafQuota.RomanianDayStart(now.AddDays(1)) }.Distinct())
            (await server.Service<QuotaRepository>().TryConsumeAsync("simulator/" + DatabaseAnafQuota.DailyScope(DailyQuota.BuyerMessagesPerCui, BuyerCui),
                day, int.MaxValue, 1000, Token)).ShouldBeTrue();

        var response = await client.PostAsync($"v1/incoming/{incoming.Id}/replies", ApiCalls.Json("""{"text":"Va rugam emiteti storno."}"""), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.BodyAsync()).GetProperty("type").GetString().ShouldBe("urn:efactura:problem:rasp-daily-limit");
        (await supplier.ListMessagesAsync(SupplierCif, 1, MessageFilter.BuyerMessages, Token)).Value!.Messages.ShouldBeEmpty();
        (await (await client.GetAsync($"v1/incoming/{incoming.Id}/replies", Token)).BodyAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Bad_replies_are_refused_saying_what_and_where()
    {
        var (client, company, _) = await ConnectedBuyerAsync();
        var incoming = await ReceiveAsync(company, 5001000001);
        var unlisted = (await server.Service<IncomingInvoiceRepository>().AddAsync(Invoice(company, "3001000999"), Token))!;

        var empty = await client.PostAsync($"v1/incoming/{incoming.Id}/replies", ApiCalls.Json("""{"text":"   "}"""), Token);
        var tooLong = await client.PostAsync($"v1/incoming/{incoming.Id}/replies", ApiCalls.Json($$"""{"text":"{{new string('a', 1001)}}"}"""), Token);
        var unknownMember = await client.PostAsync($"v1/incoming/{incoming.Id}/replies", ApiCalls.Json("""{"txt":"x"}"""), Token);
        var missing = await client.PostAsync($"v1/incoming/{Guid.CreateVersion7()}/replies", ApiCalls.Json("""{"text":"x"}"""), Token);
        var noIndex = await client.PostAsync($"v1/incoming/{unlisted.Id}/replies", ApiCalls.Json("""{"text":"x"}"""), Token);

        empty.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await empty.BodyAsync()).GetProperty("findings")[0].GetProperty("field").GetString().ShouldBe("/text");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await tooLong.BodyAsync()).GetProperty("detail").GetString()!.ShouldContain("at most 1000");
        unknownMember.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noIndex.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await noIndex.BodyAsync()).GetProperty("type").GetString().ShouldBe("urn:efactura:problem:no-upload-index");
        (await server.Service<DatabaseAnafQuota>().ForEnvironment(AnafEnvironment.Simulator).UsedTodayAsync(DailyQuota.BuyerMessagesPerCui, BuyerCui, Token))
            .ShouldBe(0);
    }

    [Fact]
    public async Task When_ANAFs_answer_is_lost_after_sending_the_reply_is_unknown_and_the_same_text_is_not_sent_again()
    {
        var (client, company, supplier) = await ConnectedBuyerAsync();
        var invoiceIndex = await SupplierSendsInvoiceAsync(supplier);
        var incoming = await ReceiveAsync(company, invoiceIndex);
        // ANAF takes the upload, then the connection drops before its answer arrives.
        simulator.Faults.Add(new FaultRule(FaultKind.DropResponse, "/upload"));

        var first = await client.PostAsync($"v1/incoming/{incoming.Id}/replies", ApiCalls.Json("""{"text":"Va rugam emiteti storno."}"""), Token);
        var again = await client.PostAsync($"v1/incoming/{incoming.Id}/replies", ApiCalls.Json("""{"text":"Va rugam emiteti storno."}"""), Token);

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync(Token));
        var unknown = await first.BodyAsync();
        unknown.GetProperty("state").GetString().ShouldBe("unknown");
        unknown.TryGetProperty("uploadIndex", out _).ShouldBeFalse();
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await again.BodyAsync();
        problem.GetProperty("type").GetString().ShouldBe("urn:efactura:problem:reply-outcome-unknown");
        problem.GetProperty("detail").GetString()!.ShouldContain(unknown.GetProperty("id").GetGuid().ToString());
        // ANAF has the first one only, and one RASP of the day is spent.
        (await supplier.ListMessagesAsync(SupplierCif, 1, MessageFilter.BuyerMessages, Token)).Value!.Messages.ShouldHaveSingleItem();
        (await server.Service<DatabaseAnafQuota>().ForEnvironment(AnafEnvironment.Simulator).UsedTodayAsync(DailyQuota.BuyerMessagesPerCui, BuyerCui, Token)).ShouldBe(1);
        var listed = (await (await client.GetAsync($"v1/incoming/{incoming.Id}/replies", Token)).BodyAsync()).GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        listed.GetProperty("state").GetString().ShouldBe("unknown");

        // Another text is another message: it goes.
        var other = await client.PostAsync($"v1/incoming/{incoming.Id}/replies", ApiCalls.Json("""{"text":"Si factura de transport, va rog."}"""), Token);
        other.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await other.BodyAsync()).GetProperty("state").GetString().ShouldBe("sent");
    }

    [Fact]
    public async Task When_ANAF_answers_502_the_reply_is_unknown_nothing_reaches_the_supplier_and_it_is_not_resent_blindly()
    {
        var (client, company, supplier) = await ConnectedBuyerAsync();
        var invoiceIndex = await SupplierSendsInvoiceAsync(supplier);
        var incoming = await ReceiveAsync(company, invoiceIndex);
        simulator.Faults.Add(new FaultRule(FaultKind.BadGateway, "/upload"));

        var first = await client.PostAsync($"v1/incoming/{incoming.Id}/replies", ApiCalls.Json("""{"text":"Pretul de la linia 1 difera de contract."}"""), Token);
        var again = await client.PostAsync($"v1/incoming/{incoming.Id}/replies", ApiCalls.Json("""{"text":"Pretul de la linia 1 difera de contract."}"""), Token);

        // A 5xx after the request left may come after ANAF took it: the gateway cannot tell, so it says so.
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync(Token));
        (await first.BodyAsync()).GetProperty("state").GetString().ShouldBe("unknown");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.BodyAsync()).GetProperty("type").GetString().ShouldBe("urn:efactura:problem:reply-outcome-unknown");
        // The gateway in front of ANAF answered: one request, and nothing reached ANAF.
        simulator.Uploads(Efactura.Simulator.AnafEnvironment.Test).ShouldNotContain(u => u.Standard == Efactura.Simulator.UploadStandard.RASP);
        (await supplier.ListMessagesAsync(SupplierCif, 1, MessageFilter.BuyerMessages, Token)).Value!.Messages.ShouldBeEmpty();
        (await server.Service<DatabaseAnafQuota>().ForEnvironment(AnafEnvironment.Simulator).UsedTodayAsync(DailyQuota.BuyerMessagesPerCui, BuyerCui, Token)).ShouldBe(1);
    }

    [Fact]
    public async Task The_reply_past_the_100_kept_per_invoice_is_refused_with_409_and_nothing_is_sent()
    {
        var (client, company, supplier) = await ConnectedBuyerAsync();
        var invoiceIndex = await SupplierSendsInvoiceAsync(supplier);
        var incoming = await ReceiveAsync(company, invoiceIndex);
        var replies = server.Service<IncomingReplyRepository>();
        var answered = invoiceIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < BuyerReplies.MaxPerInvoice; i++)
            await replies.AddAsync(company.TenantId, company.Id, incoming.Id, answered, $"Mesajul {i}", (5009000000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture), Token);

        var response = await client.PostAsync($"v1/incoming/{incoming.Id}/replies", ApiCalls.Json("""{"text":"Inca unul."}"""), Token);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.BodyAsync();
        problem.GetProperty("type").GetString().ShouldBe("urn:efactura:problem:too-many-replies");
        problem.GetProperty("detail").GetString()!.ShouldContain("already has 100 replies");
        (await supplier.ListMessagesAsync(SupplierCif, 1, MessageFilter.BuyerMessages, Token)).Value!.Messages.ShouldBeEmpty();
        (await server.Service<DatabaseAnafQuota>().ForEnvironment(AnafEnvironment.Simulator).UsedTodayAsync(DailyQuota.BuyerMessagesPerCui, BuyerCui, Token)).ShouldBe(0);
        (await (await client.GetAsync($"v1/incoming/{incoming.Id}/replies", Token)).BodyAsync()).GetProperty("items").GetArrayLength().ShouldBe(100);
    }

    // A tenant with the buyer company connected to the simulator, and an ANAF client signed in as the supplier.
    private async Task<(HttpClient Client, Company Company, AnafClient Supplier)> ConnectedBuyerAsync()
    {
        var (tenant, key) = await server.TenantAsync();
        var company = await server.CompanyAsync(tenant, BuyerCui, syncEnabled: false);
        simulator.GrantRights("SERIAL-BUYER", BuyerCui);
        var pair = simulator.IssueTokens("SERIAL-BUYER");
        await server.Service<AnafConnectionRepository>().ConnectAsync(tenant.Id, company.Id,
            new AnafTokens(pair.AccessToken, pair.RefreshToken, JwtExpiry.Read(pair.AccessToken)!.Value, JwtExpiry.Read(pair.RefreshToken)!.Value), Token);
        simulator.GrantRights("SERIAL-SUPPLIER", SupplierCif);
        var supplier = new AnafClient(http, new AnafClientOptions
        {
            Endpoints = AnafEndpoints.Simulator(simulator.BaseAddress),
            ClientId = "efactura-simulator",
            ClientSecret = "simulator-secret",
            RedirectUri = "http://127.0.0.1:9999/callback",
        }, new StaticAccessToken(simulator.IssueTokens("SERIAL-SUPPLIER").AccessToken));
        return (server.Client(key), company, supplier);
    }

    private static async Task<long> SupplierSendsInvoiceAsync(AnafClient supplier)
    {
        var sent = await supplier.UploadAsync(new UploadRequest(Encoding.UTF8.GetBytes(InvoiceXml), SupplierCif), Token);
        return sent.ShouldBeOfType<UploadAccepted>().UploadIndex;
    }

    // What the incoming sync leaves behind for a received invoice: ANAF's list entry (with the upload index) and the invoice.
    private async Task<IncomingInvoice> ReceiveAsync(Company company, long uploadIndex)
    {
        var anafId = "30" + uploadIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await server.Service<SpvMessageRepository>().RecordAsync(company.TenantId, company.Id, new NewSpvMessage(
            anafId, NewSpvMessage.ReceivedInvoiceType, BuyerCui, uploadIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"Factura cu id_incarcare={uploadIndex} emisa de cif_emitent={SupplierCif} pentru cif_beneficiar={BuyerCui}", DateTimeOffset.UnixEpoch.AddYears(56)), Token);
        return (await server.Service<IncomingInvoiceRepository>().AddAsync(Invoice(company, anafId), Token))!;
    }

    private static NewIncomingInvoice Invoice(Company company, string anafId) => new(
        company.TenantId, company.Id, anafId, "RO" + SupplierCif, "Furnizor SRL", "F-1", "380", new DateOnly(2026, 3, 1), "RON", 121m,
        """{"number":"F-1","issueDate":"2026-03-01","currency":"RON","supplier":{"vatNumber":"RO8000000000","name":"Furnizor SRL"},"lines":[{"description":"Servicii","quantity":1,"unit":"buc","unitPrice":"100","vatRate":21}]}""",
        DateTimeOffset.UnixEpoch.AddYears(56));

    // A skeleton invoice from the supplier to the buyer (the simulator runs the structural rules only).
    private const string InvoiceXml = $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
          <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1</cbc:CustomizationID>
          <cbc:ID>F-1</cbc:ID>
          <cbc:IssueDate>2026-03-01</cbc:IssueDate>
          <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
          <cbc:DocumentCurrencyCode>RON</cbc:DocumentCurrencyCode>
          <cac:AccountingSupplierParty><cac:Party>
            <cac:PostalAddress><cbc:CityName>SECTOR1</cbc:CityName><cac:Country><cbc:IdentificationCode>RO</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyTaxScheme><cbc:CompanyID>RO{SupplierCif}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
            <cac:PartyLegalEntity><cbc:RegistrationName>Furnizor SRL</cbc:RegistrationName></cac:PartyLegalEntity>
          </cac:Party></cac:AccountingSupplierParty>
          <cac:AccountingCustomerParty><cac:Party>
            <cac:PostalAddress><cbc:CityName>SECTOR2</cbc:CityName><cac:Country><cbc:IdentificationCode>RO</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyLegalEntity><cbc:RegistrationName>Client SRL</cbc:RegistrationName><cbc:CompanyID>{BuyerCui}</cbc:CompanyID></cac:PartyLegalEntity>
          </cac:Party></cac:AccountingCustomerParty>
          <cac:LegalMonetaryTotal>
            <cbc:LineExtensionAmount currencyID="RON">100.00</cbc:LineExtensionAmount>
            <cbc:TaxExclusiveAmount currencyID="RON">100.00</cbc:TaxExclusiveAmount>
            <cbc:TaxInclusiveAmount currencyID="RON">121.00</cbc:TaxInclusiveAmount>
            <cbc:PayableAmount currencyID="RON">121.00</cbc:PayableAmount>
          </cac:LegalMonetaryTotal>
          <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="H87">1</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="RON">100.00</cbc:LineExtensionAmount></cac:InvoiceLine>
        </Invoice>
        """;
}
