using System.Text.Json;
using Efactura.Anaf.Archives;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Server.Workers.Incoming;
using Efactura.Testing;
using SimulatorEnvironment = Efactura.Simulator.AnafEnvironment;

namespace Efactura.Server.Tests.Workers;

public class IncomingSyncTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static byte[] ExampleInvoice => File.ReadAllBytes(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"));

    private static IncomingSync Worker(AnafWorld world, IncomingSyncOptions? options = null) => new(
        world.Companies, world.Messages, world.Incoming, world.ReceivedReplies, world.SentReplies, world.Clients, world.Connections, world.Node, world.AnafCalls, options ?? new IncomingSyncOptions(),
        new WorkerOptions(), world.Clock, world.Logs.For<IncomingSync>());

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_received_invoice_appears_once_with_its_supplier_number_lines_and_signed_zip(string engine)
    {
        await using var world = await AnafWorld.StartAsync(engine, postgres);
        var (company, _) = await world.ConnectedCompanyAsync();
        world.Simulator.SeedIncomingInvoice(SimulatorEnvironment.Test, company.Cui, "18547290", ExampleInvoice, "ALF-2026-0001");
        // ANAF's list only reaches up to a minute ago (the client keeps a clock-skew margin).
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var worker = Worker(world);

        (await worker.RunRoundAsync(Token)).ShouldBeTrue();
        world.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        (await worker.RunRoundAsync(Token)).ShouldBeTrue();
        (await worker.RunRoundAsync(Token)).ShouldBeFalse();

        var received = (await world.Incoming.ListAsync(company.TenantId, company.Id, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        received.Invoice.SupplierId.ShouldBe("RO18547290");
        received.Invoice.SupplierName.ShouldBe("Alfa Distributie SRL");
        received.Invoice.Number.ShouldBe("ALF-2026-0001");
        received.Invoice.IssueDate.ShouldBe(new DateOnly(2026, 11, 20));
        var json = JsonDocument.Parse(received.Invoice.InvoiceJson).RootElement;
        json.GetProperty("lines").GetArrayLength().ShouldBeGreaterThan(0);
        json.GetProperty("supplier").GetProperty("name").GetString().ShouldBe("Alfa Distributie SRL");
        json.GetProperty("expectedTotals").GetProperty("payable").GetDecimal().ShouldBe(received.Invoice.TotalAmount);

        var zip = (await world.Documents.GetAsync(company.TenantId, DocumentOwnerType.Incoming, received.Id, DocumentKind.Zip, Token))!;
        var contents = AnafArchive.Read(zip.Content, new ArchiveLimits()).Value!;
        ArchiveSignatureVerifier.Verify(contents).IsValid.ShouldBeTrue();
        contents.Document.ShouldBe(ExampleInvoice);
        (await world.Documents.ListAsync(company.TenantId, DocumentOwnerType.Incoming, received.Id, Token)).Select(d => d.Kind)
            .ShouldBe([DocumentKind.Xml, DocumentKind.Zip, DocumentKind.Signature], ignoreOrder: true);

        var events = (await world.Events.ListAsync(company.TenantId, new PageRequest(), Token)).Items.Where(e => e.Type == EventTypes.IncomingReceived).ToList();
        events.ShouldHaveSingleItem().SubjectId.ShouldBe(received.Id);
        JsonDocument.Parse(events[0].Data).RootElement.GetProperty("number").GetString().ShouldBe("ALF-2026-0001");
        var message = (await world.Messages.ListAsync(company.TenantId, company.Id, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        message.DownloadedAt.ShouldNotBeNull();
        world.AnafCalls.Calls.Get("descarcare", "2xx").ShouldBe(1);
        world.AnafCalls.Calls.Get("listaMesajePaginatieFactura", "2xx").ShouldBe(2);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_received_invoice_whose_signature_is_broken_is_stored_once_marked_invalid_and_downloaded_once(string engine)
    {
        await using var world = await AnafWorld.StartAsync(engine, postgres, new Efactura.Simulator.SimulatorOptions { CorruptSignatures = true });
        var (company, _) = await world.ConnectedCompanyAsync();
        world.Simulator.SeedIncomingInvoice(SimulatorEnvironment.Test, company.Cui, "18547290", ExampleInvoice, "ALF-2026-0001");
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var worker = Worker(world);

        for (var round = 0; round < 4; round++)
        {
            await worker.RunRoundAsync(Token);
            world.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        }

        var received = (await world.Incoming.ListAsync(company.TenantId, company.Id, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        received.Invoice.Signature.ShouldBe("invalid");
        var zip = (await world.Documents.GetAsync(company.TenantId, DocumentOwnerType.Incoming, received.Id, DocumentKind.Zip, Token))!;
        ArchiveSignatureVerifier.Verify(AnafArchive.Read(zip.Content, new ArchiveLimits()).Value!).Outcome.ShouldBe(SignatureOutcome.Invalid);
        var events = (await world.Events.ListAsync(company.TenantId, new PageRequest(), Token)).Items.Where(e => e.Type == EventTypes.IncomingReceived).ToList();
        JsonDocument.Parse(events.ShouldHaveSingleItem().Data).RootElement.GetProperty("signature").GetString().ShouldBe("invalid");
        world.AnafCalls.Calls.Get("descarcare", "2xx").ShouldBe(1);
        world.AnafCalls.Signatures.Get("incoming", "invalid").ShouldBe(1);
        world.Logs.Text.ShouldContain("says invalid");
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_message_stored_before_a_crash_is_not_downloaded_again(string engine)
    {
        await using var world = await AnafWorld.StartAsync(engine, postgres);
        var (company, _) = await world.ConnectedCompanyAsync();
        world.Simulator.SeedIncomingInvoice(SimulatorEnvironment.Test, company.Cui, "18547290", ExampleInvoice);
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        await Worker(world).RunRoundAsync(Token);
        // The process died after storing the invoice, before it marked the message downloaded: the claim's lease runs out.
        await world.Db.ScalarAsync("UPDATE spv_messages SET downloaded_at = NULL, next_attempt_at = created_at");
        world.Clock.Advance(TimeSpan.FromMinutes(5));

        (await Worker(world).RunRoundAsync(Token)).ShouldBeTrue();

        world.AnafCalls.Calls.Get("descarcare", "2xx").ShouldBe(1);
        (await world.Incoming.ListAsync(company.TenantId, company.Id, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        (await world.Messages.ListAsync(company.TenantId, company.Id, new PageRequest(), Token)).Items.Single().DownloadedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_company_without_an_ANAF_connection_is_tried_again_after_the_interval()
    {
        await using var world = await AnafWorld.StartAsync("sqlite", postgres);
        var tenant = (await world.Tenants.CreateAsync("solo", Token)).Tenant;
        var company = (await world.Companies.CreateAsync(tenant.Id, "87654321", "Solo SRL", new(Efactura.Server.Storage.Companies.AnafEnvironment.Simulator), Token))!;

        (await Worker(world).RunRoundAsync(Token)).ShouldBeTrue();

        (await world.Companies.GetAsync(tenant.Id, company.Id, Token))!.NextSyncAt.ShouldBe(world.Clock.GetUtcNow() + TimeSpan.FromHours(1));
        world.AnafCalls.Calls.Snapshot().ShouldBeEmpty();
        world.Logs.Text.ShouldContain("not connected");
    }

    [Fact]
    public async Task Logs_of_a_sync_and_a_refresh_carry_ids_but_no_token_and_no_invoice_content()
    {
        await using var world = await AnafWorld.StartAsync("sqlite", postgres,
            new Simulator.SimulatorOptions { AccessTokenLifetime = TimeSpan.FromDays(3) });
        var (company, tokens) = await world.ConnectedCompanyAsync();
        world.Simulator.SeedIncomingInvoice(SimulatorEnvironment.Test, company.Cui, "18547290", ExampleInvoice);
        world.Clock.Advance(TimeSpan.FromMinutes(2));

        await Worker(world).RunRoundAsync(Token);
        await TokenRefresherTests.Worker(world).RunRoundAsync(Token);

        var refreshed = (await world.Connections.GetCredentialsAsync(company.TenantId, company.Id, Token))!.Tokens;
        refreshed.AccessToken.ShouldNotBe(tokens.AccessToken);
        var logs = world.Logs.Text;
        logs.ShouldContain(company.Id.ToString());
        foreach (var secret in new[] { tokens.AccessToken, tokens.RefreshToken, refreshed.AccessToken, refreshed.RefreshToken })
            logs.ShouldNotContain(secret);
        // What the invoice says: parties, lines, amounts.
        foreach (var content in new[] { "Alfa Distributie", "ALF-2026-0001", "Ciment Portland", "Memorandumului", "J12/1234/2010", "18547290" })
            logs.ShouldNotContain(content);
    }
}
