using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Efactura.Anaf.Archives;
using Efactura.Pdf;
using Efactura.Server.Application.Archive;
using Efactura.Server.Application.Invoices;
using Efactura.Server.Storage.Archive;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Partners;
using Efactura.Server.Tests.Storage;
using Efactura.Testing;
using Efactura.Ubl;
using Efactura.Validation;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Efactura.Server.Tests.Workers;

/// <summary>
/// An ERP that writes UN/CEFACT CII posts it as it is: validated through the model, stored, uploaded byte for byte
/// with <c>standard=CII</c>, followed to accepted, rendered and archived from the CII bytes. Through the issuer and
/// the workers, against the simulator over HTTP (which judges CII with the same CIUS-RO rules).
/// </summary>
public class CiiPostedAsItIsTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static InvoiceIssuer Issuer(OutgoingHarness h) => new(
        new InvoiceValidator(new InvoiceValidatorOptions { TimeProvider = h.Clock }), new UblWriter(), h.Invoices, h.Companies,
        new CustomerPartners(new PartnerRepository(h.Db.Database, h.Clock), h.Companies), new SubmissionQueue(new ServiceCollection().BuildServiceProvider()), h.Clock);

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task CENs_CII_example_posted_as_it_is_is_uploaded_as_CII_byte_for_byte_and_ends_accepted_rendered_and_archived(string engine)
    {
        await using var h = await OutgoingHarness.StartAsync(engine, postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21"); // seller RO18547290, the adapted example's
        var posted = CiiSamples.CenExample3Romanian();

        var outcome = await Issuer(h).CreateFromXmlAsync(company.TenantId, posted, null, retried: false, Token);

        outcome.Succeeded.ShouldBeTrue(outcome.Refusal?.ToString());
        var invoice = (await h.Invoices.ListAsync(company.TenantId, InvoiceFilter.None, new Efactura.Server.Storage.PageRequest(), Token)).Items.ShouldHaveSingleItem();
        (invoice.Number, invoice.State, invoice.TotalAmount, invoice.Currency).ShouldBe(("TOSL108", InvoiceState.Queued, 1089m, "RON"));
        var stored = (await h.Documents.GetAsync(company.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Xml, Token))!;
        SHA256.HashData(stored.Content).ShouldBe(SHA256.HashData(posted));

        await h.RoundAsync(h.Submitter());
        var upload = h.Simulator.Uploads(h.SimulatorEnvironment).ShouldHaveSingleItem();
        (upload.Standard, upload.Cif, upload.SellerCif, upload.BuyerCif, upload.DocumentNumber)
            .ShouldBe((Efactura.Simulator.UploadStandard.CII, "18547290", "18547290", "14399840", "TOSL108"));
        await h.StepAsync(TimeSpan.FromMinutes(1));

        (await h.GetAsync(invoice)).State.ShouldBe(InvoiceState.Accepted);
        var zip = (await h.Documents.GetAsync(company.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Zip, Token))!;
        var contents = AnafArchive.Read(zip.Content, new ArchiveLimits()).Value!;
        SHA256.HashData(contents.Document).ShouldBe(SHA256.HashData(posted));
        ArchiveSignatureVerifier.Verify(contents).IsValid.ShouldBeTrue();
        h.UploadCount(company, invoice).ShouldBe(1);

        var pdfs = new InvoicePdfs(h.Documents, h.Clock);
        var (pdf, missing) = await pdfs.GetAsync(company.TenantId, DocumentOwnerType.Invoice, invoice.Id, PdfLanguage.Romanian, Token);
        missing.ShouldBeNull();
        using (var document = PdfDocument.Open(pdf!.Content))
        {
            var text = string.Concat(document.GetPages().Select(p => p.Text));
            text.ShouldContain("TOSL108");
            text.ShouldContain("Paper subscription");
        }

        var archive = new CompanyArchive(new ArchiveRepository(h.Db.Database), h.Companies, h.Documents, pdfs, h.Clock);
        using var output = new MemoryStream();
        (await archive.WriteAsync(company, new ArchivePeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), includePdf: true, output, Token)).ShouldBe(1);
        using var zipped = new ZipArchive(new MemoryStream(output.ToArray()), ZipArchiveMode.Read);
        var folder = $"issued/TOSL108_{invoice.Id:N}";
        Bytes(zipped, folder + "/invoice.xml").ShouldBe(posted);
        Bytes(zipped, folder + "/anaf.zip").ShouldBe(zip.Content);
        zipped.GetEntry(folder + "/invoice.pdf").ShouldNotBeNull();
        var entry = JsonDocument.Parse(Bytes(zipped, "index.json")).RootElement.GetProperty("invoices").EnumerateArray().ShouldHaveSingleItem();
        (entry.GetProperty("number").GetString(), entry.GetProperty("sellerId").GetString(), entry.GetProperty("buyerId").GetString(), entry.GetProperty("payable").GetDecimal())
            .ShouldBe(("TOSL108", "RO18547290", "RO14399840", 1089m));
        if (entry.TryGetProperty("missing", out var gaps)) gaps.ValueKind.ShouldBe(JsonValueKind.Null, gaps.ToString());
    }

    [Fact]
    public async Task A_posted_CII_invoice_that_breaks_a_rule_is_refused_and_nothing_is_stored_or_uploaded()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var broken = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(CiiSamples.CenExample3Romanian())
            .Replace("<ram:DuePayableAmount>1089</ram:DuePayableAmount>", "<ram:DuePayableAmount>1098</ram:DuePayableAmount>", StringComparison.Ordinal));

        var outcome = await Issuer(h).CreateFromXmlAsync(company.TenantId, broken, null, retried: false, Token);

        outcome.Refusal.ShouldBeOfType<Efactura.Server.Application.Refusal.Invalid>().Findings.ShouldContain(f => f.Code == "BR-CO-16");
        (await h.Invoices.ListAsync(company.TenantId, InvoiceFilter.None, new Efactura.Server.Storage.PageRequest(), Token)).Items.ShouldBeEmpty();
        h.Simulator.Uploads(h.SimulatorEnvironment).ShouldBeEmpty();
    }

    private static byte[] Bytes(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name).ShouldNotBeNull().Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
