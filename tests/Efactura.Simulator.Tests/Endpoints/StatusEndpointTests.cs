using Efactura.Simulator.Rules;

namespace Efactura.Simulator.Tests.Endpoints;

public sealed class StatusEndpointTests : SimulatorTest
{
    private const string Ns = "mfp:anaf:dgti:efactura:stareMesajFactura:v1";

    protected override SimulatorOptions Configure(SimulatorOptions options) =>
        options with { FirstDownloadId = 1234, Limits = new SimulatorLimits { StatusQueriesPerMessagePerDay = 3 } };

    [Fact]
    public async Task Upload_is_in_processing_then_ok_with_its_download_id()
    {
        var index = await UploadAsync(SampleDocuments.Invoice());

        var (status, type, processing) = await GetAsync($"test/FCTEL/rest/stareMesaj?id_incarcare={index}");
        Clock.Advance(TimeSpan.FromMinutes(1));
        var (_, _, ok) = await GetAsync($"test/FCTEL/rest/stareMesaj?id_incarcare={index}");

        status.ShouldBe(200);
        type.ShouldBe("application/xml");
        processing.ShouldBe(Xml($"""<header xmlns="{Ns}" stare="in prelucrare"/>"""));
        ok.ShouldBe(Xml($"""<header xmlns="{Ns}" stare="ok" id_descarcare="1234"/>"""));
    }

    [Fact]
    public async Task Invoice_failing_the_rules_ends_nok()
    {
        var index = await UploadAsync(SampleDocuments.Invoice(customizationId: null));
        Clock.Advance(TimeSpan.FromMinutes(1));

        var (_, _, body) = await GetAsync($"test/FCTEL/rest/stareMesaj?id_incarcare={index}");

        body.ShouldBe(Xml($"""<header xmlns="{Ns}" stare="nok" id_descarcare="1234"/>"""));
    }

    [Fact]
    public async Task Upload_the_system_drops_ends_not_taken()
    {
        await using var dropping = await AnafSimulator.StartAsync(new SimulatorOptions { Time = Clock, ProcessingDelay = TimeSpan.Zero, Rules = new DroppingRules() }, Cancel);
        dropping.GrantRights(Serial, Cif);
        using var http = new HttpClient { BaseAddress = dropping.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", dropping.IssueTokens(Serial).AccessToken);

        var (_, _, upload) = await PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Cif}", SampleDocuments.Invoice(), client: http);
        var (_, _, body) = await GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=5001000000", http);

        upload.ShouldContain("index_incarcare=\"5001000000\"");
        body.ShouldBe(Xml($"""<header xmlns="{Ns}" stare="XML cu erori nepreluat de sistem"/>"""));
    }

    [Fact]
    public async Task An_upload_that_breaks_the_UBL_schema_ends_not_taken_with_nothing_to_download_or_list()
    {
        await using var full = await AnafSimulator.StartAsync(new SimulatorOptions { Time = Clock, ProcessingDelay = TimeSpan.Zero, Rules = new CiusRoInvoiceRules() }, Cancel);
        using var http = new HttpClient { BaseAddress = full.BaseAddress };
        var xml = File.ReadAllText(Path.Combine(Efactura.Testing.TestPaths.Examples, "expected", "01-b2b-ron-21.xml"))
            .Replace("<cbc:IssueDate>", "<cbc:Unknown>x</cbc:Unknown><cbc:IssueDate>", StringComparison.Ordinal);
        var seller = System.Text.RegularExpressions.Regex.Match(xml, "<cbc:CompanyID>RO(\\d+)</cbc:CompanyID>").Groups[1].Value;
        full.GrantRights(Serial, seller);
        http.DefaultRequestHeaders.Authorization = new("Bearer", full.IssueTokens(Serial).AccessToken);

        var (_, _, upload) = await PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={seller}", System.Text.Encoding.UTF8.GetBytes(xml), client: http);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var (_, _, body) = await GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=5001000000", http);
        var (_, _, list) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={seller}", http);

        upload.ShouldContain("ExecutionStatus=\"0\" index_incarcare=\"5001000000\"");
        body.ShouldBe(Xml($"""<header xmlns="{Ns}" stare="XML cu erori nepreluat de sistem"/>"""));
        list.ShouldBe("{\"eroare\":\"Nu exista mesaje in ultimele 1 zile\",\"titlu\":\"Lista Mesaje\"}");
    }

    [Theory]
    [InlineData("aaa", "Id_incarcare introdus= aaa nu este un numar intreg")]
    [InlineData("15000", "Nu exista factura cu id_incarcare= 15000")]
    public async Task Bad_ids_get_ANAF_texts(string id, string message)
    {
        var (status, _, body) = await GetAsync($"test/FCTEL/rest/stareMesaj?id_incarcare={id}");

        status.ShouldBe(200);
        body.ShouldBe(Xml($"""
            <header xmlns="{Ns}">
                <Errors errorMessage="{message}"/>
            </header>
            """));
    }

    [Fact]
    public async Task Someone_elses_upload_cannot_be_queried()
    {
        var index = await UploadAsync(SampleDocuments.Invoice());
        Simulator.GrantRights(Serial, "18");

        var (_, _, body) = await GetAsync($"test/FCTEL/rest/stareMesaj?id_incarcare={index}");

        body.ShouldContain($"""<Errors errorMessage="Nu aveti dreptul de inteorgare pentru id_incarcare= {index}"/>""");
    }

    [Fact]
    public async Task Holder_without_rights_gets_ANAF_spelling()
    {
        Simulator.GrantRights(Serial);

        var (_, _, body) = await GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=18");

        body.ShouldContain("""<Errors errorMessage="Nu exista niciun CIF petru care sa aveti drept"/>""");
    }

    [Fact]
    public async Task Missing_id_is_a_Spring_400()
    {
        var (status, _, body) = await GetAsync("test/FCTEL/rest/stareMesaj");

        status.ShouldBe(400);
        body.ShouldBe("""{"timestamp":"05-08-2021 11:40:00","status":400,"error":"Bad Request","message":"Parametrul id_incarcare este obligatoriu"}""");
    }

    [Fact]
    public async Task Queries_per_message_stop_at_the_daily_limit_until_Romanian_midnight()
    {
        var index = await UploadAsync(SampleDocuments.Invoice());
        for (var i = 0; i < 3; i++) (await GetAsync($"test/FCTEL/rest/stareMesaj?id_incarcare={index}")).Body.ShouldContain("stare=");

        var (_, _, refused) = await GetAsync($"test/FCTEL/rest/stareMesaj?id_incarcare={index}");
        Clock.SetUtcNow(new DateTimeOffset(2021, 8, 5, 20, 59, 0, TimeSpan.Zero));
        var (_, _, stillRefused) = await GetAsync($"test/FCTEL/rest/stareMesaj?id_incarcare={index}");
        Clock.Advance(TimeSpan.FromMinutes(1));
        var (_, _, nextDay) = await GetAsync($"test/FCTEL/rest/stareMesaj?id_incarcare={index}");

        refused.ShouldContain("""<Errors errorMessage="S-au facut deja 3 descarcari de mesaj in cursul zilei"/>""");
        stillRefused.ShouldContain("S-au facut deja 3");
        nextDay.ShouldContain("stare=\"ok\"");
    }

    private sealed class DroppingRules : IInvoiceRules
    {
        public InvoiceVerdict Check(ReadOnlyMemory<byte> document, UploadStandard standard) => InvoiceVerdict.NotTaken;
    }
}
