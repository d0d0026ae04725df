using System.Text.Json;
using Efactura.Anaf.Archives;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Server.Workers.Incoming;
using Efactura.Testing;
using SimulatorEnvironment = Efactura.Simulator.AnafEnvironment;

namespace Efactura.Server.Tests.Workers;

/// <summary>A supplier may upload in CII (ANAF's standard=CII): the buyer's incoming sync reads it as it reads UBL.</summary>
public class IncomingCiiTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static IncomingSync Worker(AnafWorld world) => new(
        world.Companies, world.Messages, world.Incoming, world.ReceivedReplies, world.SentReplies, world.Clients, world.Connections, world.Node, world.AnafCalls, new IncomingSyncOptions(),
        new WorkerOptions(), world.Clock, world.Logs.For<IncomingSync>());

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_received_CII_invoice_arrives_parsed_with_its_supplier_number_lines_and_total_and_its_zip_as_sent(string engine)
    {
        await using var world = await AnafWorld.StartAsync(engine, postgres);
        var (company, _) = await world.ConnectedCompanyAsync();
        var cii = CiiSamples.RomanianInvoiceBytes();
        world.Simulator.SeedIncomingInvoice(SimulatorEnvironment.Test, company.Cui, "18547290", cii, "CII-2026-0001");
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var worker = Worker(world);

        await worker.RunRoundAsync(Token);
        world.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await worker.RunRoundAsync(Token);

        var received = (await world.Incoming.ListAsync(company.TenantId, company.Id, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        (received.Invoice.SupplierId, received.Invoice.SupplierName).ShouldBe(("RO18547290", "Alfa Distributie SRL"));
        (received.Invoice.Number, received.Invoice.IssueDate, received.Invoice.TotalAmount).ShouldBe(("CII-2026-0001", new DateOnly(2026, 11, 20), 1996.50m));
        var json = JsonDocument.Parse(received.Invoice.InvoiceJson).RootElement;
        json.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("description").GetString())
            .ShouldBe(["Ciment Portland CEM II 40 kg", "Transport marfa"]);
        var xml = (await world.Documents.GetAsync(company.TenantId, DocumentOwnerType.Incoming, received.Id, DocumentKind.Xml, Token))!;
        xml.Content.ShouldBe(cii);
        var zip = (await world.Documents.GetAsync(company.TenantId, DocumentOwnerType.Incoming, received.Id, DocumentKind.Zip, Token))!;
        AnafArchive.Read(zip.Content, new ArchiveLimits()).Value!.Document.ShouldBe(cii);
    }
}
