using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Tests.Hosting;
using Efactura.Testing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Efactura.Server.Tests.Api.Invoices;

/// <summary>
/// Our own PDF (Efactura.Pdf) behind documents/pdf, for outgoing and incoming invoices, on a server whose ANAF (the
/// simulator environment) is unreachable: a loopback port nothing listens on.
/// </summary>
public sealed class InvoicePdfApiTests : IAsyncLifetime
{
    private TestServer server = null!;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        server = await TestServer.StartAsync(new Dictionary<string, string?> { ["Efactura:Anaf:Simulator:Url"] = "http://127.0.0.1:9/" });

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    private static byte[] AnafZip() => File.ReadAllBytes(Path.Combine(TestPaths.RequireShared(), "anaf-recordings", "prod", "4186086961.zip"));

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
        return string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task<(TestTenant Tenant, Guid Invoice)> IssuedInvoiceAsync()
    {
        var tenant = await server.CreateTenantAsync("t-" + Guid.NewGuid().ToString("N")[..8]);
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var invoice = await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"));
        return (tenant, invoice.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_accepted_invoice_s_pdf_is_ours_from_ANAF_s_zip_stored_once_and_served_while_ANAF_is_unreachable()
    {
        var (tenant, id) = await IssuedInvoiceAsync();
        await server.Service<DocumentRepository>().PutAsync(tenant.Id, DocumentOwnerType.Invoice, id, DocumentKind.Zip, AnafZip(), Token);

        var first = await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/pdf");
        var pdf = await first.Content.ReadAsByteArrayAsync(Token);
        var second = await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/pdf");
        var anaf = await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/pdf?source=anaf");

        first.StatusCode.ShouldBe(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(pdf));
        first.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        Text(pdf).ShouldContain("Index de încărcare: 4186086961");
        var stored = await server.Service<DocumentRepository>().FindAsync(tenant.Id, DocumentOwnerType.Invoice, id, DocumentKind.Pdf, Token);
        stored.ShouldNotBeNull().Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        first.Headers.ETag!.Tag.ShouldBe($"\"{stored.Sha256}\"");
        (await second.Content.ReadAsByteArrayAsync(Token)).ShouldBe(pdf);
        (await anaf.ProblemAsync(HttpStatusCode.BadGateway)).GetProperty("detail").GetString()!.ShouldContain("drop source=anaf");
    }

    [Fact]
    public async Task Before_ANAF_accepts_it_the_pdf_is_rendered_from_the_xml_with_the_xml_attached_and_not_stored()
    {
        var (tenant, id) = await IssuedInvoiceAsync();
        var xml = await (await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/xml")).Content.ReadAsByteArrayAsync(Token);

        var response = await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync(Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(pdf));
        var text = Text(pdf);
        text.ShouldContain("ALF-2026-0001");
        text.ShouldContain("TOTAL DE PLATĂ 7.880,13 RON");
        using var document = PdfDocument.Open(pdf);
        document.Advanced.TryGetEmbeddedFiles(out var files).ShouldBeTrue();
        files.ShouldHaveSingleItem().Bytes.ToArray().ShouldBe(xml);
        (await server.Service<DocumentRepository>().FindAsync(tenant.Id, DocumentOwnerType.Invoice, id, DocumentKind.Pdf, Token)).ShouldBeNull();
    }

    [Fact]
    public async Task English_on_request()
    {
        var (tenant, id) = await IssuedInvoiceAsync();

        var response = await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/pdf?lang=en");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Text(await response.Content.ReadAsByteArrayAsync(Token)).ShouldContain("AMOUNT DUE 7,880.13 RON");
    }

    [Theory]
    [InlineData("pdf?lang=de")]
    [InlineData("pdf?source=elsewhere")]
    [InlineData("pdf?source=anaf&lang=en")]
    [InlineData("xml?lang=en")]
    public async Task Unknown_or_misplaced_pdf_options_are_400(string query)
    {
        var (tenant, id) = await IssuedInvoiceAsync();

        await (await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/{query}")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_incoming_invoice_s_pdf_is_ours_from_its_zip_and_stored_once()
    {
        var tenant = await server.CreateTenantAsync("t-" + Guid.NewGuid().ToString("N")[..8]);
        var company = await tenant.Client.CreateCompanyAsync("RO18547290");
        var incoming = (await server.Service<IncomingInvoiceRepository>().AddAsync(new NewIncomingInvoice(
            tenant.Id, company, "4186086961", "RO36584466", "GREEN RESOURCES MANAGEMENT SA", "GRS1913049", "380", new DateOnly(2024, 2, 20), "RON",
            368.39m, "{}", new DateTimeOffset(2024, 2, 27, 12, 43, 0, TimeSpan.Zero)), Token))!;
        await server.Service<DocumentRepository>().PutAsync(tenant.Id, DocumentOwnerType.Incoming, incoming.Id, DocumentKind.Zip, AnafZip(), Token);

        var response = await tenant.Client.FetchAsync($"v1/incoming/{incoming.Id}/documents/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync(Token);
        var again = await tenant.Client.FetchAsync($"v1/incoming/{incoming.Id}/documents/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(pdf));
        var text = Text(pdf);
        text.ShouldContain("GREEN RESOURCES MANAGEMENT SA");
        text.ShouldContain("Index de încărcare: 4186086961");
        (await again.Content.ReadAsByteArrayAsync(Token)).ShouldBe(pdf);
        (await server.Service<DocumentRepository>().FindAsync(tenant.Id, DocumentOwnerType.Incoming, incoming.Id, DocumentKind.Pdf, Token))!
            .Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
    }
}
