using System.Text;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Partners;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Server.Workers.Incoming;
using Efactura.Testing;
using SimulatorEnvironment = Efactura.Simulator.AnafEnvironment;

namespace Efactura.Server.Tests.Workers;

/// <summary>Issue 19, item 4: the incoming sync records each received invoice's supplier as a partner, its lines as products.</summary>
public class IncomingPartnersTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static string ExampleInvoice => File.ReadAllText(Path.Combine(TestPaths.Examples, "expected", "01-b2b-ron-21.xml"));

    // The example invoice, re-issued: another number and date, the cement at another price.
    private static byte[] Reissued(string number, string issueDate, string cementPrice) => Encoding.UTF8.GetBytes(ExampleInvoice
        .Replace("<cbc:ID>ALF-2026-0001</cbc:ID>", $"<cbc:ID>{number}</cbc:ID>", StringComparison.Ordinal)
        .Replace("<cbc:IssueDate>2026-11-20</cbc:IssueDate>", $"<cbc:IssueDate>{issueDate}</cbc:IssueDate>", StringComparison.Ordinal)
        .Replace("<cbc:PriceAmount currencyID=\"RON\">32.50</cbc:PriceAmount>", $"<cbc:PriceAmount currencyID=\"RON\">{cementPrice}</cbc:PriceAmount>", StringComparison.Ordinal));

    private static IncomingSync Worker(AnafWorld world) => new(
        world.Companies, world.Messages, world.Incoming, world.ReceivedReplies, world.SentReplies, world.Clients, world.Connections, world.Node, world.AnafCalls, new IncomingSyncOptions(),
        new WorkerOptions(), world.Clock, world.Logs.For<IncomingSync>());

    private static async Task SyncAsync(AnafWorld world)
    {
        // ANAF's list only reaches up to a minute ago; a round lists, the next one downloads what is due.
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var worker = Worker(world);
        for (var round = 0; round < 3; round++)
        {
            await worker.RunRoundAsync(Token);
            world.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        }
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_received_invoice_makes_its_supplier_a_partner_and_its_lines_products(string engine)
    {
        await using var world = await AnafWorld.StartAsync(engine, postgres);
        var (company, _) = await world.ConnectedCompanyAsync();
        world.Simulator.SeedIncomingInvoice(SimulatorEnvironment.Test, company.Cui, "18547290", Encoding.UTF8.GetBytes(ExampleInvoice), "ALF-2026-0001");

        await SyncAsync(world);

        var partners = new PartnerRepository(world.Db.Database, world.Clock);
        var partner = (await partners.ListAsync(company.TenantId, company.Id, null, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        partner.Details.ShouldBe(new PartnerDetails(
            "18547290", "RO18547290", "Alfa Distributie SRL", "Str. Memorandumului 28", "Cluj-Napoca", "RO-CJ", "400114", "RO", "RO49AAAA1B31007593840000",
            "J12/1234/2010"));
        partner.LastIssueDate.ShouldBe(new DateOnly(2026, 11, 20));
        var products = (await partners.ListProductsAsync(company.TenantId, partner.Id, null, new PageRequest(), Token)).Items;
        products.Select(p => (p.Details.SellersItemId, p.Details.Name, p.Details.UnitCode, p.Details.UnitPrice, p.Currency)).ShouldBe(
        [
            ("CIM-40", "Ciment Portland CEM II 40 kg", "H87", 32.50m, "RON"),
            ("OB-10", "Otel beton PC52 fi 10", "TNE", 3890.00m, "RON"),
            (null, "Transport marfa", "H87", 350m, "RON"),
        ], ignoreOrder: true);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_second_invoice_from_the_same_supplier_updates_the_last_price_without_duplicating_and_an_older_one_does_not(string engine)
    {
        await using var world = await AnafWorld.StartAsync(engine, postgres);
        var (company, _) = await world.ConnectedCompanyAsync();
        world.Simulator.SeedIncomingInvoice(SimulatorEnvironment.Test, company.Cui, "18547290", Encoding.UTF8.GetBytes(ExampleInvoice), "ALF-2026-0001");
        await SyncAsync(world);
        world.Simulator.SeedIncomingInvoice(SimulatorEnvironment.Test, company.Cui, "18547290", Reissued("ALF-2026-0107", "2026-11-27", "34.10"), "ALF-2026-0107");
        await SyncAsync(world);
        // Received last, issued first: a late copy of an old invoice.
        world.Simulator.SeedIncomingInvoice(SimulatorEnvironment.Test, company.Cui, "18547290", Reissued("ALF-2026-0050", "2026-11-05", "29.99"), "ALF-2026-0050");
        await SyncAsync(world);

        (await world.Incoming.ListAsync(company.TenantId, company.Id, new PageRequest(), Token)).Items.Count.ShouldBe(3);
        var partners = new PartnerRepository(world.Db.Database, world.Clock);
        var partner = (await partners.ListAsync(company.TenantId, company.Id, null, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        partner.LastIssueDate.ShouldBe(new DateOnly(2026, 11, 27));
        var products = (await partners.ListProductsAsync(company.TenantId, partner.Id, null, new PageRequest(), Token)).Items;
        products.Count.ShouldBe(3);
        var cement = products.Single(p => p.Details.SellersItemId == "CIM-40");
        cement.Details.UnitPrice.ShouldBe(34.10m);
        cement.PriceDate.ShouldBe(new DateOnly(2026, 11, 27));
    }
}
