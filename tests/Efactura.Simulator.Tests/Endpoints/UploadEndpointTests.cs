using Efactura.Simulator.Rules;

namespace Efactura.Simulator.Tests.Endpoints;

public sealed class UploadEndpointTests : SimulatorTest
{
    protected override SimulatorOptions Configure(SimulatorOptions options) =>
        options with { FirstUploadIndex = 3828, EnforcementRegistry = new HashSet<string> { "5555" } };

    [Fact]
    public async Task Accepted_upload_answers_exactly_as_ANAF_example()
    {
        var (status, type, body) = await PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Cif}", SampleDocuments.Invoice());

        status.ShouldBe(200);
        type.ShouldBe("application/xml");
        body.ShouldBe(Xml("""<header xmlns="mfp:anaf:dgti:spv:respUploadFisier:v1" dateResponse="202108051140" ExecutionStatus="0" index_incarcare="3828"/>"""));
    }

    [Fact]
    public async Task Too_large_file_fails_with_ANAF_example_after_four_minutes()
    {
        Clock.Advance(TimeSpan.FromMinutes(4));
        var big = new byte[10 * 1024 * 1024 + 1];

        var (status, _, body) = await PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Cif}", big);

        status.ShouldBe(200);
        body.ShouldBe(Xml("""
            <header xmlns="mfp:anaf:dgti:spv:respUploadFisier:v1" dateResponse="202108051144" ExecutionStatus="1">
                <Errors errorMessage="Marime fisier transmis mai mare de 10 MB."/>
            </header>
            """));
    }

    [Theory]
    [InlineData("standard=XYZ&cif=8000000000", "Valorile acceptate pentru parametrul standard sunt UBL, CN, CII sau RASP")]
    [InlineData("standard=UBL&cif=123a", "CIF introdus= 123a nu este un numar")]
    [InlineData("standard=UBL&cif=1234", "Nu aveti drept in SPV pentru CIF=1234")]
    [InlineData("standard=UBL&cif=8000000000&extern=NU", "Daca parametrul extern trebuie completat, valoarea acceptata este DA")]
    [InlineData("standard=UBL&cif=8000000000&autofactura=1", "Daca parametrul autofacturare trebuie completat, valoarea acceptata este DA")]
    [InlineData("standard=UBL&cif=8000000000&executare=da", "Daca parametrul executare trebuie completat, valoarea acceptata este DA")]
    [InlineData("standard=UBL&cif=8000000000&executare=DA", "CIF introdus= 8000000000 nu este inregistrat in Registrul RO e-Factura executari silite")]
    public async Task Refused_upload_carries_ANAF_text(string query, string message)
    {
        var (status, _, body) = await PostAsync("test/FCTEL/rest/upload?" + query, SampleDocuments.Invoice());

        status.ShouldBe(200);
        body.ShouldBe(Xml($"""
            <header xmlns="mfp:anaf:dgti:spv:respUploadFisier:v1" dateResponse="202108051140" ExecutionStatus="1">
                <Errors errorMessage="{message}"/>
            </header>
            """));
    }

    [Fact]
    public async Task Holder_without_any_rights_is_told_so()
    {
        Simulator.GrantRights(Serial);

        var (_, _, body) = await PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Cif}", SampleDocuments.Invoice());

        body.ShouldContain("""<Errors errorMessage="Nu exista niciun CIF pentru care sa aveti drept in SPV"/>""");
    }

    [Fact]
    public async Task Enforcement_upload_is_accepted_for_a_registered_cif()
    {
        Simulator.GrantRights(Serial, Cif, "5555");

        var (_, _, body) = await PostAsync("test/FCTEL/rest/upload?standard=UBL&cif=5555&executare=DA", SampleDocuments.Invoice());

        body.ShouldContain("ExecutionStatus=\"0\"");
    }

    [Fact]
    public async Task Unknown_root_is_a_Xerces_error_at_the_end_of_the_start_tag()
    {
        var document = Utf8("<?xml version=\"1.0\"?>\n<Invoice1 xmlns=\"urn:x\"\n  a=\"b>c\">\n</Invoice1>");

        var (_, _, body) = await PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Cif}", document);

        body.ShouldContain("""errorMessage="Fisierul transmis nu este valid. org.xml.sax.SAXParseException; lineNumber: 3; columnNumber: 11; cvc-elt.1.a: Cannot find the declaration of element 'Invoice1'. "/>""");
    }

    [Fact]
    public async Task Credit_note_sent_as_UBL_is_an_unknown_root()
    {
        var creditNote = Utf8("<CreditNote xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"/>");

        var (_, _, body) = await PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Cif}", creditNote);
        var (_, _, accepted) = await PostAsync($"test/FCTEL/rest/upload?standard=CN&cif={Cif}", creditNote);

        body.ShouldContain("cvc-elt.1.a: Cannot find the declaration of element 'CreditNote'. ");
        accepted.ShouldContain("ExecutionStatus=\"0\"");
    }

    [Fact]
    public async Task Malformed_xml_is_refused_with_its_position()
    {
        var (_, _, body) = await PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Cif}", Utf8("<Invoice>\n<a></b>"));

        body.ShouldContain("Fisierul transmis nu este valid. org.xml.sax.SAXParseException; lineNumber: 2; columnNumber: ");
        body.ShouldContain("ExecutionStatus=\"1\"");
    }

    [Fact]
    public async Task Missing_parameters_are_a_Spring_400()
    {
        var (status, type, body) = await PostAsync("test/FCTEL/rest/upload?standard=UBL", SampleDocuments.Invoice());

        status.ShouldBe(400);
        type.ShouldBe("application/json");
        body.ShouldBe("""{"timestamp":"05-08-2021 11:40:00","status":400,"error":"Bad Request","message":"Parametrii standard si cif sunt obligatorii"}""");
    }

    [Fact]
    public async Task Missing_file_is_a_Spring_400()
    {
        var (status, _, body) = await PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Cif}", []);

        status.ShouldBe(400);
        body.ShouldBe("""{"timestamp":"05-08-2021 11:40:00","status":400,"error":"Bad Request","message":"Trebuie sa aveti atasat in request un fisier de tip xml"}""");
    }

    [Fact]
    public async Task Upload_without_a_token_is_forbidden()
    {
        using var anonymous = new HttpClient { BaseAddress = Simulator.BaseAddress };

        var (status, _, _) = await PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Cif}", SampleDocuments.Invoice(), client: anonymous);

        status.ShouldBe(403);
    }

    [Fact]
    public async Task B2C_upload_takes_the_same_parameters_and_answers()
    {
        var (_, _, body) = await PostAsync($"prod/FCTEL/rest/uploadb2c?standard=UBL&cif={Cif}", SampleDocuments.Invoice(buyer: "0000000000000"));

        body.ShouldBe(Xml("""<header xmlns="mfp:anaf:dgti:spv:respUploadFisier:v1" dateResponse="202108051140" ExecutionStatus="0" index_incarcare="3828"/>"""));
    }

    [Fact]
    public async Task Buyer_messages_stop_at_the_daily_limit_with_ANAF_text()
    {
        await using var limited = await AnafSimulator.StartAsync(new SimulatorOptions { Time = Clock, Rules = new StructuralInvoiceRules(), Limits = new SimulatorLimits { BuyerMessagesPerCuiPerDay = 2 } }, Cancel);
        limited.GrantRights(Serial, "1234");
        using var http = new HttpClient { BaseAddress = limited.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", limited.IssueTokens(Serial).AccessToken);

        for (var i = 0; i < 2; i++)
            (await PostAsync("test/FCTEL/rest/upload?standard=RASP&cif=1234", SampleDocuments.BuyerMessage(), client: http)).Body.ShouldContain("ExecutionStatus=\"0\"");
        var (_, _, refused) = await PostAsync("test/FCTEL/rest/upload?standard=RASP&cif=1234", SampleDocuments.BuyerMessage(), client: http);
        Clock.Advance(TimeSpan.FromDays(1));
        var (_, _, nextDay) = await PostAsync("test/FCTEL/rest/upload?standard=RASP&cif=1234", SampleDocuments.BuyerMessage(), client: http);

        refused.ShouldContain("""<Errors errorMessage="S-au incarcat deja 2 de mesaje de tip RASP pentru cui=1234 in cursul zilei"/>""");
        nextDay.ShouldContain("ExecutionStatus=\"0\"");
    }

    [Fact]
    public async Task Every_accepted_upload_is_counted_per_invoice()
    {
        await UploadAsync(SampleDocuments.Invoice(number: "A-1"));
        await UploadAsync(SampleDocuments.Invoice(number: "A-2"));
        await UploadAsync(SampleDocuments.Invoice(number: "A-1"));

        Simulator.UploadCount(AnafEnvironment.Test, Cif, "A-1").ShouldBe(2);
        Simulator.UploadCount(AnafEnvironment.Test, Cif, "A-2").ShouldBe(1);
        Simulator.UploadCount(AnafEnvironment.Prod, Cif, "A-1").ShouldBe(0);
    }
}
