using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Incoming;
using Efactura.Testing;

namespace Efactura.Server.Tests.Api.Archive;

/// <summary>
/// <c>GET /v1/companies/{id}/archive</c> on a real server (SQLite, loopback HTTP): the ZIP opens, holds each invoice's
/// documents byte for byte, and its index says what the invoices say.
/// </summary>
public sealed class ArchiveApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static byte[] AnafZip() => File.ReadAllBytes(Path.Combine(TestPaths.RequireShared(), "anaf-recordings", "prod", "4186086961.zip"));

    [Fact]
    public async Task A_month_s_archive_opens_with_each_invoice_s_documents_and_an_index_that_matches_the_invoices()
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO18547290");
        var invoice = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("09-credit-note.json"));
        await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json", j =>
        {
            j["number"] = "ALF-2026-0100";
            j["issueDate"] = "2026-12-02";
            j["dueDate"] = "2027-01-02";
        }));
        await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json", j => j["number"] = "ALF-DRAFT-9"), "?draft=true");
        var invoiceId = invoice.GetProperty("id").GetGuid();
        var anafZip = AnafZip();
        var documents = api.Server.Service<DocumentRepository>();
        await documents.PutAsync(tenant.Id, DocumentOwnerType.Invoice, invoiceId, DocumentKind.Zip, anafZip, Token);
        await ReceiveAsync(tenant.Id, companyId, anafZip);

        var response = await tenant.Client.FetchAsync($"v1/companies/{companyId}/archive?from=2026-11-01&to=2026-11-30");
        var bytes = await response.Content.ReadAsByteArrayAsync(Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, Encoding.UTF8.GetString(bytes));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("efactura-18547290-2026-11-01-2026-11-30.zip");
        using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var index = JsonDocument.Parse(Read(archive, "index.json")).RootElement;
        var entries = index.GetProperty("invoices").EnumerateArray().ToList();
        index.GetProperty("count").GetInt32().ShouldBe(3);
        index.GetProperty("cui").GetString().ShouldBe("18547290");
        entries.Select(e => e.GetProperty("number").GetString()).ShouldBe(["ALF-2026-0001", "ALF-NC-2026-0004", "GRS1913049"]);

        var issued = entries[0];
        issued.GetProperty("direction").GetString().ShouldBe("issued");
        issued.GetProperty("issueDate").GetString().ShouldBe("2026-11-20");
        issued.GetProperty("dueDate").GetString().ShouldBe("2026-12-20");
        issued.GetProperty("sellerId").GetString().ShouldBe("RO18547290");
        issued.GetProperty("state").GetString().ShouldBe(invoice.GetProperty("state").GetString());
        issued.GetProperty("payable").GetDecimal().ShouldBe(7880.13m);
        var vat = issued.GetProperty("vat").EnumerateArray().ToList();
        vat.Sum(v => v.GetProperty("tax").GetDecimal()).ShouldBe(issued.GetProperty("vatTotal").GetDecimal());
        vat.Sum(v => v.GetProperty("taxable").GetDecimal()).ShouldBe(issued.GetProperty("netTotal").GetDecimal());
        vat.ShouldContain(v => v.GetProperty("category").GetString() == "S" && v.GetProperty("rate").GetDecimal() == 21m);
        issued.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ShouldBe(["invoice.xml", "anaf.zip", "invoice.pdf"]);
        var folder = issued.GetProperty("folder").GetString();
        Bytes(archive, $"{folder}/anaf.zip").ShouldBe(anafZip);
        var xml = await (await tenant.Client.FetchAsync($"v1/invoices/{invoiceId}/documents/xml")).Content.ReadAsByteArrayAsync(Token);
        Bytes(archive, $"{folder}/invoice.xml").ShouldBe(xml);
        Bytes(archive, $"{folder}/invoice.pdf").AsSpan().StartsWith("%PDF-"u8).ShouldBeTrue();

        var credit = entries[1];
        credit.GetProperty("typeCode").GetString().ShouldBe("381");
        credit.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ShouldBe(["invoice.xml", "invoice.pdf"]);

        var bought = entries[2];
        bought.GetProperty("direction").GetString().ShouldBe("received");
        bought.GetProperty("state").GetString().ShouldBe("received");
        bought.GetProperty("downloadId").GetString().ShouldBe("4186086961");
        bought.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ShouldBe(["invoice.xml", "anaf.zip", "invoice.pdf"]);
        bought.GetProperty("sellerName").GetString().ShouldNotBeNullOrEmpty();

        // The CSV says the same, one line per invoice after the header.
        var csv = Read(archive, "index.csv").TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        csv.Length.ShouldBe(4);
        csv[0].ShouldStartWith("direction,number,type,issue_date,due_date");
        csv[1].ShouldStartWith("issued,ALF-2026-0001,380,2026-11-20,2026-12-20,RON,RO18547290,");
        csv[1].ShouldContain(",7880.13,");
        csv[3].ShouldStartWith("received,GRS1913049,");
        archive.Entries.Count.ShouldBe(2 + 3 + 2 + 3);
    }

    [Fact]
    public async Task Without_pdfs_the_archive_holds_the_xml_and_the_anaf_zip_only()
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO18547290");
        await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));

        var response = await tenant.Client.FetchAsync($"v1/companies/{companyId}/archive?from=2026-11-20&to=2026-11-20&pdf=false");

        using var archive = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(Token)), ZipArchiveMode.Read);
        archive.Entries.Select(e => e.Name).Order().ShouldBe(["index.csv", "index.json", "invoice.xml"]);
    }

    [Theory]
    [InlineData("", "to=2026-11-30", "from and to are required")]
    [InlineData("from=2026-11-31", "to=2026-12-30", "from '2026-11-31' is not a date")]
    [InlineData("from=2026-12-01", "to=2026-11-30", "is before from")]
    [InlineData("from=2026-01-01", "to=2027-01-02", "longer than 366 days")]
    [InlineData("from=2026-01-01", "to=2026-01-02&pdf=yes", "pdf 'yes'")]
    public async Task A_bad_period_is_a_400_that_says_what_is_wrong(string from, string to, string says)
    {
        var tenant = await api.NewTenantAsync();
        var companyId = await tenant.Client.CreateCompanyAsync("RO18547290");

        var response = await tenant.Client.FetchAsync($"v1/companies/{companyId}/archive?{from}&{to}");

        (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldContain(says);
    }

    [Fact]
    public async Task Another_tenant_s_company_has_no_archive()
    {
        var alice = await api.NewTenantAsync();
        var mallory = await api.NewTenantAsync();
        var companyId = await alice.Client.CreateCompanyAsync("RO18547290");

        var response = await mallory.Client.FetchAsync($"v1/companies/{companyId}/archive?from=2026-11-01&to=2026-11-30");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<IncomingInvoice> ReceiveAsync(Guid tenantId, Guid companyId, byte[] anafZip)
    {
        using var zip = new ZipArchive(new MemoryStream(anafZip), ZipArchiveMode.Read);
        var xml = Bytes(zip, "4186086961.xml");
        var received = await api.Server.Service<IncomingInvoiceRepository>().ReceiveAsync(
            new NewIncomingInvoice(tenantId, companyId, "4186086961", "RO36584466", "Furnizor", "GRS1913049", "380", new DateOnly(2026, 11, 25), "RON",
                100m, "{}", new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero)),
            [new ReceivedDocument(DocumentKind.Zip, anafZip), new ReceivedDocument(DocumentKind.Xml, xml)],
            stored => new Efactura.Server.Storage.Events.NewEvent(tenantId, "incoming.received", "{}"), Token);
        return received!;
    }

    private static string Read(ZipArchive archive, string name) => Encoding.UTF8.GetString(Bytes(archive, name));

    private static byte[] Bytes(ZipArchive archive, string name)
    {
        var entry = archive.GetEntry(name) ?? throw new ShouldAssertException($"the archive has no {name}: {string.Join(", ", archive.Entries.Select(e => e.FullName))}");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
