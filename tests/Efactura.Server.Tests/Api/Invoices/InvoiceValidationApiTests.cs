using System.Net;
using Efactura.Testing;

namespace Efactura.Server.Tests.Api.Invoices;

public class InvoiceValidationApiTests(ApiServer api) : IClassFixture<ApiServer>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_valid_json_invoice_is_valid_and_nothing_is_stored()
    {
        var tenant = await api.NewTenantAsync();

        var body = await (await tenant.Client.PostJsonAsync("v1/invoices/validate", ApiCalls.Example("01-b2b-ron-21.json"))).BodyAsync();

        body.GetProperty("valid").GetBoolean().ShouldBeTrue();
        body.GetProperty("profile").GetString().ShouldBe("ciusro");
        body.Findings().ShouldAllBe(f => f.GetProperty("severity").GetString() == "warning");
        (await (await tenant.Client.FetchAsync("v1/invoices")).BodyAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task An_invalid_invoice_is_still_200_with_its_findings_and_pointers()
    {
        var tenant = await api.NewTenantAsync();
        var json = ApiCalls.Example("01-b2b-ron-21.json", j => j["number"] = "FARA-NUMAR");

        var response = await tenant.Client.PostJsonAsync("v1/invoices/validate", json);
        var body = await response.BodyAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("valid").GetBoolean().ShouldBeFalse();
        var finding = body.Findings().Single(f => f.GetProperty("code").GetString() == "BR-RO-010");
        finding.GetProperty("field").GetString().ShouldBe("/number");
        finding.GetProperty("messageRo").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task The_en16931_profile_leaves_the_romanian_rules_out()
    {
        var tenant = await api.NewTenantAsync();
        var json = ApiCalls.Example("01-b2b-ron-21.json", j => j["number"] = "FARA-NUMAR");

        var body = await (await tenant.Client.PostJsonAsync("v1/invoices/validate?profile=en16931", json)).BodyAsync();

        body.GetProperty("profile").GetString().ShouldBe("en16931");
        body.GetProperty("valid").GetBoolean().ShouldBeTrue();
        body.Findings().ShouldNotContain(f => f.GetProperty("code").GetString()!.StartsWith("BR-RO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/xml; charset=utf-8")]
    public async Task Ubl_xml_is_validated_when_sent_as_xml(string mediaType)
    {
        var tenant = await api.NewTenantAsync();
        var xml = await File.ReadAllBytesAsync(Path.Combine(TestPaths.Examples, "expected", "09-credit-note.xml"), Token);

        var request = ApiCalls.Post("v1/invoices/validate", xml, "application/xml");
        request.Content!.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(mediaType);
        var body = await (await tenant.Client.SendAsync(request, Token)).BodyAsync();

        body.GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_CII_document_is_validated_through_the_model_and_nothing_is_stored()
    {
        var tenant = await api.NewTenantAsync();

        var body = await (await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices/validate", CiiSamples.CenExample3Romanian(), "application/xml"), Token)).BodyAsync();

        body.GetProperty("valid").GetBoolean().ShouldBeTrue(body.ToString());
        body.Findings().ShouldAllBe(f => f.GetProperty("severity").GetString() == "warning");
        (await (await tenant.Client.FetchAsync("v1/invoices")).BodyAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_CII_document_with_a_date_not_in_format_102_gets_EF_CII_UNREADABLE_with_line_and_column()
    {
        var tenant = await api.NewTenantAsync();
        var xml = System.Text.Encoding.UTF8.GetString(CiiSamples.CenExample3Romanian())
            .Replace("<udt:DateTimeString format=\"102\">20261110</udt:DateTimeString>", "<udt:DateTimeString format=\"102\">2026-11-10</udt:DateTimeString>", StringComparison.Ordinal);
        var line = xml[..xml.IndexOf("2026-11-10", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var body = await (await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices/validate", System.Text.Encoding.UTF8.GetBytes(xml), "application/xml"), Token)).BodyAsync();

        body.GetProperty("valid").GetBoolean().ShouldBeFalse();
        var finding = body.Findings().ShouldHaveSingleItem();
        finding.GetProperty("code").GetString().ShouldBe("EF-CII-UNREADABLE");
        finding.GetProperty("line").GetInt32().ShouldBe(line);
        finding.GetProperty("column").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Broken_xml_gets_findings_with_line_and_column()
    {
        var tenant = await api.NewTenantAsync();
        var xml = System.Text.Encoding.UTF8.GetBytes("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">\n<cbc:ID>1</Invoice>");

        var body = await (await tenant.Client.SendAsync(ApiCalls.Post("v1/invoices/validate", xml, "application/xml"), Token)).BodyAsync();

        body.GetProperty("valid").GetBoolean().ShouldBeFalse();
        body.Findings().Any(f => f.TryGetProperty("line", out _)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_unknown_profile_is_400()
    {
        var tenant = await api.NewTenantAsync();

        await (await tenant.Client.PostJsonAsync("v1/invoices/validate?profile=peppol", "{}")).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
