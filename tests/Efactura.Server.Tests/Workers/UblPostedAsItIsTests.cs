using System.Text;
using Efactura.Anaf.Archives;
using Efactura.Server.Application.Invoices;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Tests.Storage;
using Efactura.Ubl;
using Efactura.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Efactura.Server.Tests.Workers;

/// <summary>
/// An ERP that writes its own UBL posts it as it is: validated with the official rules, stored, and uploaded byte for byte,
/// so the document ANAF signs is the ERP's. Through the issuer and the three workers, against the simulator over HTTP.
/// </summary>
public class UblPostedAsItIsTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // Not what UblWriter writes: CRLF line ends, a comment, another namespace prefix layout. Every byte must survive.
    private static byte[] ErpUbl()
    {
        var xml = Encoding.UTF8.GetString(OutgoingHarness.ExampleXml("01-b2b-ron-21"));
        xml = xml.Replace("\n", "\r\n", StringComparison.Ordinal)
            .Replace("<cbc:CustomizationID>", "<!-- exported by ERP 7.2 -->\r\n  <cbc:CustomizationID>", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(xml);
    }

    private static InvoiceIssuer Issuer(OutgoingHarness h) => new(
        new InvoiceValidator(new InvoiceValidatorOptions { TimeProvider = h.Clock }), new UblWriter(), h.Invoices, h.Companies,
        new CustomerPartners(new Efactura.Server.Storage.Partners.PartnerRepository(h.Db.Database, h.Clock), h.Companies),
        new SubmissionQueue(new ServiceCollection().BuildServiceProvider()), h.Clock);

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_posted_UBL_invoice_is_stored_uploaded_and_signed_by_ANAF_byte_for_byte_and_ends_accepted(string engine)
    {
        await using var h = await OutgoingHarness.StartAsync(engine, postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var posted = ErpUbl();

        var outcome = await Issuer(h).CreateFromXmlAsync(company.TenantId, posted, null, retried: false, Token);

        outcome.Succeeded.ShouldBeTrue();
        var invoice = (await h.Invoices.ListAsync(company.TenantId, InvoiceFilter.None, new Efactura.Server.Storage.PageRequest(), Token)).Items.ShouldHaveSingleItem();
        (invoice.Number, invoice.State, invoice.TotalAmount).ShouldBe(("ALF-2026-0001", InvoiceState.Queued, 7880.13m));
        (await h.Documents.GetAsync(company.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Xml, Token))!.Content.ShouldBe(posted);

        await h.RoundAsync(h.Submitter());
        await h.StepAsync(TimeSpan.FromMinutes(1));

        var accepted = await h.GetAsync(invoice);
        accepted.State.ShouldBe(InvoiceState.Accepted);
        var zip = (await h.Documents.GetAsync(company.TenantId, DocumentOwnerType.Invoice, invoice.Id, DocumentKind.Zip, Token))!;
        var contents = AnafArchive.Read(zip.Content, new ArchiveLimits()).Value!;
        contents.Document.ShouldBe(posted);
        ArchiveSignatureVerifier.Verify(contents).IsValid.ShouldBeTrue();
        h.UploadCount(company, invoice).ShouldBe(1);
    }

    [Fact]
    public async Task A_posted_UBL_invoice_that_breaks_a_rule_is_refused_with_where_and_nothing_is_stored_or_uploaded()
    {
        await using var h = await OutgoingHarness.StartAsync("sqlite", postgres);
        var company = await h.CompanyForAsync("01-b2b-ron-21");
        var broken = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(ErpUbl()).Replace("<cbc:ID>ALF-2026-0001</cbc:ID>", "<cbc:ID>ABC</cbc:ID>", StringComparison.Ordinal));

        var outcome = await Issuer(h).CreateFromXmlAsync(company.TenantId, broken, null, retried: false, Token);

        var refusal = outcome.Refusal.ShouldBeOfType<Efactura.Server.Application.Refusal.Invalid>();
        var finding = refusal.Findings.Single(f => f.Code == "BR-RO-010");
        (finding.XPath, finding.Line, finding.Column).ShouldBe(("/ubl:Invoice[1]", 2, 2));
        (await h.Invoices.ListAsync(company.TenantId, InvoiceFilter.None, new Efactura.Server.Storage.PageRequest(), Token)).Items.ShouldBeEmpty();
        h.Simulator.Uploads(h.SimulatorEnvironment).ShouldBeEmpty();
    }
}
