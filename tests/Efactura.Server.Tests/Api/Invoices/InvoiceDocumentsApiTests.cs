using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;

namespace Efactura.Server.Tests.Api.Invoices;

public class InvoiceDocumentsApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_xml_comes_with_its_media_type_and_its_sha256_as_etag_and_a_matching_etag_is_304()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var id = Id(await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json")));

        var response = await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/xml");
        var bytes = await response.Content.ReadAsByteArrayAsync(Token);
        var conditional = new HttpRequestMessage(HttpMethod.Get, $"v1/invoices/{id}/documents/xml");
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        var unchanged = await tenant.Client.SendAsync(conditional, Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        response.Headers.ETag!.Tag.ShouldBe($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("ALF-2026-0001.xml");
        unchanged.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task With_source_anaf_the_pdf_is_ANAF_s_rendering_of_the_xml_asked_each_time_and_not_stored()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var id = Id(await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json")));

        var response = await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/pdf?source=anaf");
        var pdf = await response.Content.ReadAsByteArrayAsync(Token);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(pdf));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        pdf.AsSpan().StartsWith("%PDF-"u8).ShouldBeTrue();
        response.Headers.ETag!.Tag.ShouldBe($"\"{Convert.ToHexStringLower(SHA256.HashData(pdf))}\"");
        (await api.Server.Service<DocumentRepository>().FindAsync(tenant.Id, DocumentOwnerType.Invoice, id, DocumentKind.Pdf, Token)).ShouldBeNull();
    }

    [Fact]
    public async Task The_zip_and_signature_are_404_until_anaf_accepted_the_invoice_and_then_served_as_stored()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var id = Id(await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json")));
        var before = await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/zip");
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 1, 2, 3];
        await api.Server.Service<DocumentRepository>().PutAsync(tenant.Id, DocumentOwnerType.Invoice, id, DocumentKind.Zip, zip, Token);
        await api.Server.Service<DocumentRepository>().PutAsync(tenant.Id, DocumentOwnerType.Invoice, id, DocumentKind.Signature, "<Signature/>"u8.ToArray(), Token);

        var after = await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/zip");
        var signature = await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/signature");

        (await before.ProblemAsync(HttpStatusCode.NotFound)).GetProperty("detail").GetString()!.ShouldContain("accepted");
        after.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        (await after.Content.ReadAsByteArrayAsync(Token)).ShouldBe(zip);
        signature.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
    }

    [Fact]
    public async Task A_draft_has_no_documents_and_an_unknown_kind_is_404()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var id = Id(await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("01-b2b-ron-21.json"), "?draft=true"));

        await (await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/xml")).ProblemAsync(HttpStatusCode.NotFound);
        await (await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/pdf")).ProblemAsync(HttpStatusCode.NotFound);
        await (await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/html")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_credit_notes_pdf_is_rendered_as_a_credit_note()
    {
        var tenant = await api.NewTenantAsync();
        await tenant.Client.CreateCompanyAsync("RO18547290");
        var id = Id(await tenant.Client.CreateInvoiceAsync(ApiCalls.Example("09-credit-note.json")));

        var response = await tenant.Client.FetchAsync($"v1/invoices/{id}/documents/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType.ShouldBe(MediaTypeHeaderValue.Parse("application/pdf"));
        (await api.Server.Service<InvoiceRepository>().GetAsync(tenant.Id, id, Token))!.TypeCode.ShouldBe("381");
    }

    private static Guid Id(JsonElement invoice) => invoice.GetProperty("id").GetGuid();
}
