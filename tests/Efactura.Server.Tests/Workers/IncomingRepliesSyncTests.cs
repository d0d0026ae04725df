using System.Globalization;
using System.Text.Json;
using Efactura.Anaf;
using Efactura.Anaf.OAuth;
using Efactura.Anaf.Results;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Server.Workers.Incoming;
using Efactura.Simulator.Rules;
using Efactura.Testing;
using SimulatorEnvironment = Efactura.Simulator.AnafEnvironment;

namespace Efactura.Server.Tests.Workers;

/// <summary>
/// The incoming sync and the buyers' messages (MESAJ CUMPARATOR, RASP): the buyer uploads its reply to the real
/// simulator over HTTP, and the supplier company's sync downloads it, stores it linked to the invoice whose upload
/// index it names and raises <c>invoice.reply_received</c> once; the buyer's own copy completes a reply whose answer was lost.
/// </summary>
public class IncomingRepliesSyncTests(PostgresServer postgres)
{
    private const string SupplierCui = "12345678";
    private const string BuyerCui = "14399840";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static byte[] ExampleInvoice => File.ReadAllBytes(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"));

    private static IncomingSync Worker(AnafWorld world) => new(
        world.Companies, world.Messages, world.Incoming, world.ReceivedReplies, world.SentReplies, world.Clients, world.Connections, world.Node, world.AnafCalls,
        new IncomingSyncOptions(), new WorkerOptions(), world.Clock, world.Logs.For<IncomingSync>());

    private static Task<AnafWorld> WorldAsync(string engine, PostgresServer postgres) =>
        AnafWorld.StartAsync(engine, postgres, new Efactura.Simulator.SimulatorOptions { Rules = new StructuralInvoiceRules() });

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_buyers_reply_is_stored_once_with_the_invoice_it_names_and_raises_one_event(string engine)
    {
        await using var world = await WorldAsync(engine, postgres);
        var (company, _) = await world.ConnectedCompanyAsync(SupplierCui);
        // The company's invoice as ANAF has it (the seller's upload), and our outgoing invoice with its index.
        var invoiceIndex = SeedInvoice(world, BuyerCui, SupplierCui, "ALF-2026-0001");
        var invoice = await OutgoingInvoiceAsync(world, company, "ALF-2026-0001", invoiceIndex);
        var replyIndex = await BuyerRepliesAsync(world, invoiceIndex, "Cantitatea de la linia 2 nu corespunde avizului 118.\nVa rugam o storno.");
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var worker = Worker(world);

        (await worker.RunRoundAsync(Token)).ShouldBeTrue();
        world.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        (await worker.RunRoundAsync(Token)).ShouldBeTrue();
        (await worker.RunRoundAsync(Token)).ShouldBeFalse();

        var reply = (await world.ReceivedReplies.ListForInvoiceAsync(company.TenantId, company.Id, Text(invoiceIndex), new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        reply.InvoiceId.ShouldBe(invoice.Id);
        reply.InvoiceNumber.ShouldBe("ALF-2026-0001");
        reply.Text.ShouldBe("Cantitatea de la linia 2 nu corespunde avizului 118.\nVa rugam o storno.");
        reply.ReplyIndex.ShouldBe(Text(replyIndex));
        var events = (await world.Events.ListAsync(company.TenantId, new PageRequest(), Token)).Items.Where(e => e.Type == EventTypes.InvoiceReplyReceived).ToList();
        var data = JsonDocument.Parse(events.ShouldHaveSingleItem().Data).RootElement;
        events[0].SubjectId.ShouldBe(reply.Id);
        data.GetProperty("invoiceId").GetGuid().ShouldBe(invoice.Id);
        data.GetProperty("text").GetString().ShouldBe(reply.Text);
        data.GetProperty("answeredIndex").GetString().ShouldBe(Text(invoiceIndex));
        // Downloaded once (the invoice the company sent, FACTURA TRIMISA, is not downloaded at all).
        world.AnafCalls.Calls.Get("descarcare", "2xx").ShouldBe(1);
        // ANAF's signature on the reply's ZIP is checked once, under its own source label.
        world.AnafCalls.Signatures.Snapshot().Where(c => c.Values[0] == "reply").Sum(c => c.Count).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_reply_stored_before_a_crash_is_neither_downloaded_nor_announced_again(string engine)
    {
        await using var world = await WorldAsync(engine, postgres);
        var (company, _) = await world.ConnectedCompanyAsync(SupplierCui);
        var invoiceIndex = SeedInvoice(world, BuyerCui, SupplierCui, "ALF-2026-0001");
        await OutgoingInvoiceAsync(world, company, "ALF-2026-0001", invoiceIndex);
        await BuyerRepliesAsync(world, invoiceIndex, "Pret gresit.");
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        await Worker(world).RunRoundAsync(Token);
        // The process died after storing the reply, before it marked the message downloaded: the claim's lease runs out.
        await world.Db.ScalarAsync("UPDATE spv_messages SET downloaded_at = NULL, next_attempt_at = created_at");
        world.Clock.Advance(TimeSpan.FromMinutes(5));

        (await Worker(world).RunRoundAsync(Token)).ShouldBeTrue();

        world.AnafCalls.Calls.Get("descarcare", "2xx").ShouldBe(1);
        (await world.ReceivedReplies.ListAsync(company.TenantId, company.Id, false, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        (await world.Events.ListAsync(company.TenantId, new PageRequest(), Token)).Items.Count(e => e.Type == EventTypes.InvoiceReplyReceived).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_reply_about_an_invoice_we_do_not_know_is_kept_unlinked_and_announced(string engine)
    {
        await using var world = await WorldAsync(engine, postgres);
        var (company, _) = await world.ConnectedCompanyAsync(SupplierCui);
        // Uploaded by the company outside the gateway: ANAF knows the invoice, we do not.
        var invoiceIndex = SeedInvoice(world, BuyerCui, SupplierCui, "ERP-77");
        await BuyerRepliesAsync(world, invoiceIndex, "Nu recunoastem aceasta factura.");
        world.Clock.Advance(TimeSpan.FromMinutes(2));

        await Worker(world).RunRoundAsync(Token);

        var unlinked = (await world.ReceivedReplies.ListAsync(company.TenantId, company.Id, true, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        unlinked.InvoiceId.ShouldBeNull();
        unlinked.AnsweredIndex.ShouldBe(Text(invoiceIndex));
        unlinked.Text.ShouldBe("Nu recunoastem aceasta factura.");
        var data = JsonDocument.Parse((await world.Events.ListAsync(company.TenantId, new PageRequest(), Token)).Items
            .Single(e => e.Type == EventTypes.InvoiceReplyReceived).Data).RootElement;
        data.GetProperty("invoiceId").ValueKind.ShouldBe(JsonValueKind.Null);

        // The invoice turns up later (the gateway learns its index): the same reply is now listed with it, and no new event.
        var invoice = await OutgoingInvoiceAsync(world, company, "ERP-77", invoiceIndex);
        (await world.ReceivedReplies.ListAsync(company.TenantId, company.Id, true, new PageRequest(), Token)).Items.ShouldBeEmpty();
        (await world.ReceivedReplies.ListForInvoiceAsync(company.TenantId, company.Id, Text(invoiceIndex), new PageRequest(), Token)).Items.ShouldHaveSingleItem()
            .InvoiceId.ShouldBe(invoice.Id);
        (await world.Events.ListAsync(company.TenantId, new PageRequest(), Token)).Items.Count(e => e.Type == EventTypes.InvoiceReplyReceived).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_buyers_own_message_completes_its_reply_of_unknown_outcome_and_is_no_received_reply(string engine)
    {
        await using var world = await WorldAsync(engine, postgres);
        var (company, _) = await world.ConnectedCompanyAsync(BuyerCui);
        var invoiceIndex = SeedInvoice(world, BuyerCui, "18547290", "ALF-2026-0001");
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var worker = Worker(world);
        await worker.RunRoundAsync(Token);
        var received = (await world.Incoming.ListAsync(company.TenantId, company.Id, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        // The gateway sent a reply whose answer was lost (recorded without an index); ANAF took it all the same.
        var lost = await world.SentReplies.AddAsync(company.TenantId, company.Id, received.Id, Text(invoiceIndex), "Va rugam o storno.", null, Token);
        var replyIndex = await BuyerRepliesAsync(world, invoiceIndex, "Va rugam o storno.");
        world.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));

        await worker.RunRoundAsync(Token);

        var completed = (await world.SentReplies.ListAsync(company.TenantId, received.Id, 100, Token)).ShouldHaveSingleItem();
        completed.Id.ShouldBe(lost.Id);
        completed.UploadIndex.ShouldBe(Text(replyIndex));
        completed.ListedMessageId.ShouldNotBeNull();
        (await world.ReceivedReplies.ListAsync(company.TenantId, company.Id, false, new PageRequest(), Token)).Items.ShouldBeEmpty();
        (await world.Events.ListAsync(company.TenantId, new PageRequest(), Token)).Items.ShouldNotContain(e => e.Type == EventTypes.InvoiceReplyReceived);
        world.AnafCalls.Calls.Get("descarcare", "2xx").ShouldBe(2);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_buyers_own_reply_that_ANAF_took_is_not_downloaded(string engine)
    {
        await using var world = await WorldAsync(engine, postgres);
        var (company, _) = await world.ConnectedCompanyAsync(BuyerCui);
        var invoiceIndex = SeedInvoice(world, BuyerCui, "18547290", "ALF-2026-0001");
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var worker = Worker(world);
        await worker.RunRoundAsync(Token);
        var received = (await world.Incoming.ListAsync(company.TenantId, company.Id, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        var replyIndex = await BuyerRepliesAsync(world, invoiceIndex, "Multumim.");
        await world.SentReplies.AddAsync(company.TenantId, company.Id, received.Id, Text(invoiceIndex), "Multumim.", Text(replyIndex), Token);
        world.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));

        await worker.RunRoundAsync(Token);

        var messages = (await world.Messages.ListAsync(company.TenantId, company.Id, new PageRequest(), Token)).Items;
        messages.Single(m => m.RequestId == Text(replyIndex)).DownloadedAt.ShouldNotBeNull();
        world.AnafCalls.Calls.Get("descarcare", "2xx").ShouldBe(1);
        (await world.ReceivedReplies.ListAsync(company.TenantId, company.Id, false, new PageRequest(), Token)).Items.ShouldBeEmpty();
    }

    // An invoice ANAF took from seller to buyer; returns its upload index (index_incarcare).
    private static long SeedInvoice(AnafWorld world, string buyer, string seller, string number)
    {
        world.Simulator.SeedIncomingInvoice(SimulatorEnvironment.Test, buyer, seller, ExampleInvoice, number);
        return world.Simulator.Uploads(SimulatorEnvironment.Test).Single(u => u.DocumentNumber == number).Index;
    }

    private static string Text(long index) => index.ToString(CultureInfo.InvariantCulture);

    // Our outgoing invoice that ANAF took with upload index invoiceIndex.
    private static async Task<InvoiceRecord> OutgoingInvoiceAsync(AnafWorld world, Company company, string number, long invoiceIndex)
    {
        var invoice = (await new InvoiceRepository(world.Db.Database, world.Clock).CreateAsync(Seed.Invoice(company, number), Token))!;
        await world.Db.ScalarAsync($"UPDATE invoices SET index_incarcare = '{invoiceIndex}' WHERE number = '{number}'");
        return invoice;
    }

    // The buyer (another ANAF user) uploads its RASP to the simulator over HTTP; returns the reply's upload index.
    private static async Task<long> BuyerRepliesAsync(AnafWorld world, long invoiceIndex, string text)
    {
        world.Simulator.GrantRights("serial-buyer", BuyerCui);
        var buyer = new AnafClient(world.Http, new AnafClientOptions
        {
            Endpoints = AnafEndpoints.Simulator(world.Simulator.BaseAddress),
            ClientId = "efactura-simulator",
            ClientSecret = "simulator-secret",
            RedirectUri = "http://127.0.0.1:9999/callback",
            Time = world.Clock,
        }, new StaticAccessToken(world.Simulator.IssueTokens("serial-buyer").AccessToken));
        var sent = await buyer.SendBuyerMessageAsync(BuyerCui, new BuyerMessage(invoiceIndex, text), Token);
        var index = sent.ShouldBeOfType<UploadAccepted>().UploadIndex;
        // ANAF's processing (the simulator's default 5 s) makes the message visible.
        world.Clock.Advance(TimeSpan.FromSeconds(10));
        return index;
    }
}
