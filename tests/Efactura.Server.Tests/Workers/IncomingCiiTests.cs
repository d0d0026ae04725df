using System.Text.Json;
using Efactura.Anaf.Archives;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Partners;
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
    // CEN's CII example 2 (tests/Efactura.Ubl.Tests/Cii/CenExamples, EUPL-1.2): a Norwegian seller, five lines with the
    // seller's item ids, CPV codes (STI) and net prices stated per a base quantity.
    private static byte[] CenExample2 => File.ReadAllBytes(
        Path.Combine(TestPaths.RepositoryRoot, "tests", "Efactura.Ubl.Tests", "Cii", "CenExamples", "CII_example2.xml"));

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_received_CII_invoice_makes_its_seller_a_partner_and_its_lines_products_as_the_CII_states_them(string engine)
    {
        await using var world = await AnafWorld.StartAsync(engine, postgres);
        var (company, _) = await world.ConnectedCompanyAsync();
        var cii = CenExample2;
        world.Simulator.SeedIncomingInvoice(SimulatorEnvironment.Test, company.Cui, "18547290", cii, "TOSL108");
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var worker = Worker(world);

        await worker.RunRoundAsync(Token);
        world.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        await worker.RunRoundAsync(Token);

        var received = (await world.Incoming.ListAsync(company.TenantId, company.Id, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        (received.Invoice.Number, received.Invoice.Currency, received.Invoice.SupplierName).ShouldBe(("TOSL108", "NOK", "Salescompany ltd."));
        var xml = (await world.Documents.GetAsync(company.TenantId, DocumentOwnerType.Incoming, received.Id, DocumentKind.Xml, Token))!;
        xml.Content.ShouldBe(cii);

        // The values below are read by hand from the CII: SellerTradeParty, the IBAN of the first payment means, each
        // line's SellerAssignedID, Name, NetPriceProductTradePrice (ChargeAmount, BasisQuantity) and ClassCode listID="STI".
        var partners = new PartnerRepository(world.Db.Database, world.Clock);
        var partner = (await partners.ListAsync(company.TenantId, company.Id, null, new PageRequest(), Token)).Items.ShouldHaveSingleItem();
        partner.Details.ShouldBe(new PartnerDetails(
            "NO123456789MVA", "NO123456789MVA", "Salescompany ltd.", "Main street 34, Suite 123", "Big city", "RegionA", "303", "NO", "NO9386011117947",
            null));
        partner.LastIssueDate.ShouldBe(new DateOnly(2013, 6, 30));
        var products = (await partners.ListProductsAsync(company.TenantId, partner.Id, null, new PageRequest(), Token)).Items;
        products.Select(p => (p.Details.SellersItemId, p.Details.Name, p.Details.UnitCode, p.Details.UnitPrice, p.Details.BaseQuantity, p.Details.CpvCode,
            p.Details.NcCode, p.Currency)).ShouldBe(
        [
            ("JB007", "Laptop computer", "NAR", 1273m, 1273m, "65434568", null, "NOK"),
            ("JB008", "Returned \"Advanced computing\" book", "NAR", 3.96m, 3.96m, "65434567", null, "NOK"),
            ("JB009", "\"Computing for dummies\" book", "NAR", 2.48m, 2.48m, "65434566", null, "NOK"),
            ("JB010", "Returned IBM 5150 desktop", "NAR", 25m, 25m, "65434565", null, "NOK"),
            ("JB011", "Network cable", "MTR", 0.75m, 0.75m, "12344325", null, "NOK"),
        ], ignoreOrder: true);
        (await partners.ListProductsAsync(company.TenantId, partner.Id, "cable", new PageRequest(), Token)).Items.ShouldHaveSingleItem()
            .Details.SellersItemId.ShouldBe("JB011");
    }
}
