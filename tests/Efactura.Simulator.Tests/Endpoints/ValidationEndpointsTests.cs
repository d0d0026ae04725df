using System.Text.RegularExpressions;

namespace Efactura.Simulator.Tests.Endpoints;

public sealed partial class ValidationEndpointsTests : SimulatorTest
{
    private const string MissingId = "E: validari globale  SCHEMATRON   eroare: [BR-02]-An Invoice shall have an Invoice number (BT-1).";

    [Fact]
    public async Task Valid_invoice_is_ok_with_a_trace_id()
    {
        var (status, type, body) = await PostAsync("prod/FCTEL/rest/validare/FACT1", SampleDocuments.Invoice(), "text/plain");

        status.ShouldBe(200);
        type.ShouldBe("application/json");
        OkShape().IsMatch(body).ShouldBeTrue(body);
    }

    [Fact]
    public async Task Failed_rules_are_listed_in_ANAF_wording()
    {
        var invoice = System.Text.Encoding.UTF8.GetString(SampleDocuments.Invoice()).Replace("<cbc:ID>F-1</cbc:ID>", "", StringComparison.Ordinal);

        var (_, _, body) = await PostAsync("prod/FCTEL/rest/validare/FACT1", Utf8(invoice), "text/plain");

        body.ShouldStartWith($$"""{"stare":"nok","Messages":[{"message":"{{MissingId}}"}],"trace_id":""");
    }

    [Fact]
    public async Task Wrong_customization_id_fires_BR_RO_001()
    {
        var (_, _, body) = await PostAsync("prod/FCTEL/rest/validare/FACT1", SampleDocuments.Invoice(customizationId: "urn:cen.eu:en16931:2017"), "text/plain");

        body.ShouldContain("E: validari globale  SCHEMATRON   eroare: [BR-RO-001]-Identificatorul specificatie (BT-24)");
    }

    [Fact]
    public async Task Unknown_standard_is_a_nok_message()
    {
        var (_, _, body) = await PostAsync("prod/FCTEL/rest/validare/FACT2", SampleDocuments.Invoice(), "text/plain");

        body.ShouldStartWith("""{"stare":"nok","Messages":[{"message":"Valorile acceptate pentru parametrul standard sunt FACT1 si FCN"}],"trace_id":""");
    }

    [Fact]
    public async Task File_over_five_megabytes_is_a_nok_message()
    {
        var (_, _, body) = await PostAsync("prod/FCTEL/rest/validare/FACT1", new byte[5 * 1024 * 1024 + 1], "text/plain");

        body.ShouldStartWith("""{"stare":"nok","Messages":[{"message":"Marime fisier transmis mai mare de 5 MB."}],"trace_id":""");
    }

    [Fact]
    public async Task Missing_standard_is_ANAF_404()
    {
        var (status, _, body) = await PostAsync("prod/FCTEL/rest/validare/", SampleDocuments.Invoice(), "text/plain");

        status.ShouldBe(404);
        body.ShouldBe("""{"timestamp":"2021-08-05T08:40:00.000+00:00","status":404,"error":"Not Found","path":"/FCTEL/rest/validare/"}""");
    }

    [Theory]
    [InlineData("validare/FACT1")]
    [InlineData("transformare/FACT1")]
    public async Task On_the_API_host_validare_and_transformare_need_a_token(string operation)
    {
        using var anonymous = new HttpClient { BaseAddress = Simulator.BaseAddress };

        var (withoutToken, _, _) = await PostAsync("prod/FCTEL/rest/" + operation, SampleDocuments.Invoice(), "text/plain", anonymous);
        var (withToken, _, _) = await PostAsync("prod/FCTEL/rest/" + operation, SampleDocuments.Invoice(), "text/plain");

        withoutToken.ShouldBe(403);
        withToken.ShouldBe(200);
    }

    [Theory]
    [InlineData("validare/FACT1", "application/json")]
    [InlineData("transformare/FACT1", "application/pdf")]
    public async Task On_the_public_host_validare_and_transformare_need_no_token(string operation, string contentType)
    {
        using var anonymous = new HttpClient { BaseAddress = Simulator.BaseAddress };

        var (status, type, _) = await PostAsync("webservicesp/prod/FCTEL/rest/" + operation, SampleDocuments.Invoice(), "text/plain", anonymous);

        status.ShouldBe(200);
        type.ShouldBe(contentType);
    }

    [Fact]
    public async Task Test_environment_has_no_validare()
    {
        (await PostAsync("test/FCTEL/rest/validare/FACT1", SampleDocuments.Invoice(), "text/plain")).Status.ShouldBe(404);
        (await PostAsync("test/FCTEL/rest/transformare/FACT1", SampleDocuments.Invoice(), "text/plain")).Status.ShouldBe(404);
        (await PostAsync("webservicesp/test/FCTEL/rest/validare/FACT1", SampleDocuments.Invoice(), "text/plain")).Status.ShouldBe(404);
        (await PostAsync("webservicesp/test/FCTEL/rest/transformare/FACT1", SampleDocuments.Invoice(), "text/plain")).Status.ShouldBe(404);
    }

    [Theory]
    [InlineData("<cbc:Note>Str. Lunga 1;CP 123456</cbc:Note>")]
    [InlineData("<cbc:Note xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:x ../xsd/UBL.xsd\">n</cbc:Note>")]
    public async Task Firewall_on_the_public_host_rejects_what_F5_rejects_with_an_HTML_page_and_the_API_host_has_none(string note)
    {
        var invoice = System.Text.Encoding.UTF8.GetString(SampleDocuments.Invoice()).Replace("<cbc:IssueDate>", note + "<cbc:IssueDate>", StringComparison.Ordinal);

        var (status, type, body) = await PostAsync("webservicesp/prod/FCTEL/rest/validare/FACT1", Utf8(invoice), "text/plain");
        var (_, apiType, _) = await PostAsync("prod/FCTEL/rest/validare/FACT1", Utf8(invoice), "text/plain");

        status.ShouldBe(200);
        type.ShouldBe("text/html");
        body.ShouldStartWith("<html><head><title>Request Rejected</title></head><body>The requested URL was rejected.");
        apiType.ShouldBe("application/json");
    }

    [Fact]
    public async Task Transformare_returns_a_pdf()
    {
        using var content = new ByteArrayContent(SampleDocuments.Invoice());
        using var response = await Http.PostAsync("prod/FCTEL/rest/transformare/FACT1", content, Cancel);
        var pdf = await response.Content.ReadAsByteArrayAsync(Cancel);
        var text = System.Text.Encoding.ASCII.GetString(pdf);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        text.ShouldStartWith("%PDF-1.4");
        text.ShouldContain("(Factura F-1) Tj");
        text.TrimEnd().ShouldEndWith("%%EOF");
        var startxref = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        text[startxref..].ShouldStartWith("xref");
    }

    [Fact]
    public async Task Transformare_of_an_invalid_invoice_answers_like_validare_unless_told_not_to_validate()
    {
        var invalid = SampleDocuments.Invoice(withBuyerName: false);

        var (_, type, refused) = await PostAsync("prod/FCTEL/rest/transformare/FACT1", invalid, "text/plain");
        var (_, pdfType, _) = await PostAsync("prod/FCTEL/rest/transformare/FACT1/DA", invalid, "text/plain");

        type.ShouldBe("application/json");
        refused.ShouldContain("[BR-07]-An Invoice shall contain the Buyer name (BT-44).");
        pdfType.ShouldBe("application/pdf");
    }

    [GeneratedRegex("""^\{"stare":"ok","trace_id":"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"\}$""")]
    private static partial Regex OkShape();
}
