namespace Efactura.Simulator.Tests.Endpoints;

public sealed class ListEndpointsTests : SimulatorTest
{
    /// <summary>2022-11-01 13:36 in Bucharest (UTC+2 in winter), the time of ANAF's list example.</summary>
    private static readonly DateTimeOffset ExampleTime = new(2022, 11, 1, 11, 36, 0, TimeSpan.Zero);

    protected override SimulatorOptions Configure(SimulatorOptions options) =>
        options with { FirstUploadIndex = 5001131297, FirstDownloadId = 3001503294, ProcessingDelay = TimeSpan.Zero, Limits = new SimulatorLimits { PageSize = 2, SimpleListQueriesPerCuiPerDay = 5 } };

    private async Task AtExampleTimeAsync()
    {
        Clock.SetUtcNow(ExampleTime);
        // Tokens were issued at Start; a fresh one keeps the test about lists.
        Http.DefaultRequestHeaders.Authorization = new("Bearer", Simulator.IssueTokens(Serial).AccessToken);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Simple_list_has_ANAF_shape_and_order()
    {
        await AtExampleTimeAsync();
        await UploadAsync(SampleDocuments.Invoice(buyer: "3"));

        var (status, type, body) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}");

        status.ShouldBe(200);
        type.ShouldBe("application/json");
        body.ShouldBe("""
            {"mesaje":[{"data_creare":"202211011336","cif":"8000000000","id_solicitare":"5001131297","detalii":"Factura cu id_incarcare=5001131297 emisa de cif_emitent=8000000000 pentru cif_beneficiar=3","tip":"FACTURA TRIMISA","id":"3001503294"}],"serial":"1234AA456","cui":"8000000000","titlu":"Lista Mesaje disponibile din ultimele 1 zile"}
            """);
    }

    [Fact]
    public async Task Rejected_invoice_is_listed_as_errors_and_filters_select_types()
    {
        await AtExampleTimeAsync();
        await UploadAsync(SampleDocuments.Invoice(customizationId: null));
        await UploadAsync(SampleDocuments.Invoice());

        var (_, _, errors) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}&filtru=E");
        var (_, _, sent) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}&filtru=T");

        errors.ShouldContain("\"detalii\":\"Erori de validare identificate la factura primita cu id_incarcare=5001131297\",\"tip\":\"ERORI FACTURA\"");
        errors.ShouldNotContain("FACTURA TRIMISA");
        sent.ShouldContain("\"id_solicitare\":\"5001131298\"");
        sent.ShouldNotContain("ERORI FACTURA");
    }

    [Fact]
    public async Task Invoices_from_other_suppliers_appear_as_received()
    {
        await AtExampleTimeAsync();
        Simulator.SeedIncomingInvoice(AnafEnvironment.Test, Cif, "14080700", SampleDocuments.Invoice(seller: "14080700", buyer: Cif), "X-9");

        var (_, _, body) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}&filtru=P");

        body.ShouldContain("\"detalii\":\"Factura cu id_incarcare=5001131297 emisa de cif_emitent=14080700 pentru cif_beneficiar=8000000000\",\"tip\":\"FACTURA PRIMITA\"");
    }

    [Theory]
    [InlineData("zile=1&cif=aaa", "CIF introdus= aaa nu este un numar")]
    [InlineData("zile=aaa&cif=8000000000", "Numarul de zile introdus= aaa nu este un numar intreg")]
    [InlineData("zile=61&cif=8000000000", "Numarul de zile trebuie sa fie intre 1 si 60")]
    [InlineData("zile=1&cif=8000000000&filtru=X", "Valorile acceptate pentru parametrul filtru sunt E, T, P sau R")]
    [InlineData("zile=1&cif=9000000000", "Nu aveti drept in SPV pentru CIF=9000000000")]
    [InlineData("zile=15&cif=8000000000", "Nu exista mesaje in ultimele 15 zile")]
    public async Task Simple_list_errors_are_HTTP_200_with_ANAF_text(string query, string message)
    {
        var (status, _, body) = await GetAsync("test/FCTEL/rest/listaMesajeFactura?" + query);

        status.ShouldBe(200);
        body.ShouldBe($$"""{"eroare":"{{message}}","titlu":"Lista Mesaje"}""");
    }

    [Fact]
    public async Task Simple_list_longer_than_a_page_points_to_the_paginated_one()
    {
        await AtExampleTimeAsync();
        for (var i = 0; i < 3; i++) await UploadAsync(SampleDocuments.Invoice(number: $"N-{i}"));

        var (_, _, body) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}");

        body.ShouldBe("""{"eroare":"Lista de mesaje este mai mare decat numarul de 2 elemente permise in pagina. Folositi endpoint-ul cu paginatie.","titlu":"Lista Mesaje"}""");
    }

    [Fact]
    public async Task Simple_list_queries_stop_at_the_daily_limit()
    {
        for (var i = 0; i < 5; i++) await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}");

        var (_, _, body) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}");

        body.ShouldBe("""{"eroare":"S-au facut deja 5 interogari de lista mesaje de catre utilizator in cursul zilei","titlu":"Lista Mesaje"}""");
    }

    [Fact]
    public async Task Missing_list_parameters_are_Spring_400s()
    {
        (await GetAsync($"test/FCTEL/rest/listaMesajeFactura?cif={Cif}")).Body
            .ShouldBe("""{"timestamp":"05-08-2021 11:40:00","status":400,"error":"Bad Request","message":"Parametrii zile si cif sunt obligatorii"}""");
        (await GetAsync($"test/FCTEL/rest/listaMesajePaginatieFactura?cif={Cif}&pagina=1")).Body
            .ShouldBe("""{"timestamp":"05-08-2021 11:40:00","status":400,"error":"Bad Request","message":"Parametrii startTime, endTime, cif si pagina sunt obligatorii"}""");
    }

    [Fact]
    public async Task Paginated_list_pages_with_ANAF_counters_and_title()
    {
        await AtExampleTimeAsync();
        for (var i = 0; i < 3; i++) await UploadAsync(SampleDocuments.Invoice(number: $"N-{i}"));
        var start = ExampleTime.AddHours(-1).ToUnixTimeMilliseconds();
        var end = ExampleTime.ToUnixTimeMilliseconds();

        var (_, _, second) = await GetAsync($"test/FCTEL/rest/listaMesajePaginatieFactura?startTime={start}&endTime={end}&cif={Cif}&pagina=2");

        second.ShouldBe("""
            {"mesaje":[{"data_creare":"202211011336","cif":"8000000000","id_solicitare":"5001131299","detalii":"Factura cu id_incarcare=5001131299 emisa de cif_emitent=8000000000 pentru cif_beneficiar=3","tip":"FACTURA TRIMISA","id":"3001503296"}],"numar_inregistrari_in_pagina":1,"numar_total_inregistrari_per_pagina":2,"numar_total_inregistrari":3,"numar_total_pagini":2,"index_pagina_curenta":2,"serial":"1234AA456","cui":"8000000000","titlu":"Lista Mesaje disponibile din intervalul 01-11-2022 12:36:00 - 01-11-2022 13:36:00"}
            """);
    }

    [Fact]
    public async Task Paginated_window_rules_use_ANAF_texts()
    {
        // 2022-11-02 11:49:24 in Bucharest.
        Clock.SetUtcNow(new DateTimeOffset(2022, 11, 2, 9, 49, 24, TimeSpan.Zero));
        Http.DefaultRequestHeaders.Authorization = new("Bearer", Simulator.IssueTokens(Serial).AccessToken);
        long Ms(int year, int month, int day, int hour, int minute, int second) =>
            new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.FromHours(month is >= 4 and <= 10 ? 3 : 2)).ToUnixTimeMilliseconds();
        async Task<string> Error(long start, long end, string page = "1") =>
            (await GetAsync($"test/FCTEL/rest/listaMesajePaginatieFactura?startTime={start}&endTime={end}&cif={Cif}&pagina={page}")).Body;

        (await Error(Ms(2022, 7, 9, 10, 41, 11), Ms(2022, 9, 6, 9, 48, 20))).ShouldBe(
            """{"eroare":"startTime = 09-07-2022 10:41:11 nu poate fi mai vechi de 60 de zile fata de momentul requestului","titlu":"Lista Mesaje"}""");
        (await Error(Ms(2022, 9, 6, 9, 48, 20), Ms(2022, 9, 6, 9, 48, 20))).ShouldBe(
            """{"eroare":"endTime = 06-09-2022 09:48:20 nu poate fi <= startTime = 06-09-2022 09:48:20","titlu":"Lista Mesaje"}""");
        (await Error(Ms(2022, 9, 6, 9, 48, 20), Ms(2022, 12, 2, 11, 49, 24))).ShouldBe(
            """{"eroare":"endTime = 02-12-2022 11:49:24 nu poate in viitor fata de momentul requestului = 02-11-2022 11:49:24","titlu":"Lista Mesaje"}""");
        (await Error(Ms(2022, 9, 6, 9, 48, 20), Ms(2022, 11, 2, 11, 49, 24))).ShouldBe(
            """{"eroare":"Nu exista mesaje in intervalul selectat","titlu":"Lista Mesaje"}""");
        (await Error(Ms(2022, 9, 6, 9, 48, 20), Ms(2022, 11, 2, 11, 49, 24), "aa")).ShouldBe(
            """{"eroare":"pagina = aa nu este un numar sau nu are o valoare acceptata de sistem","titlu":"Lista Mesaje"}""");
    }

    [Fact]
    public async Task Paginated_list_refuses_a_page_past_the_last()
    {
        await AtExampleTimeAsync();
        await UploadAsync(SampleDocuments.Invoice());
        var start = ExampleTime.AddHours(-1).ToUnixTimeMilliseconds();

        var (_, _, body) = await GetAsync($"test/FCTEL/rest/listaMesajePaginatieFactura?startTime={start}&endTime={ExampleTime.ToUnixTimeMilliseconds()}&cif={Cif}&pagina=50");

        body.ShouldBe("""{"eroare":"Pagina solicitata 50 este mai mare decat numarul toatal de pagini 1","titlu":"Lista Mesaje"}""");
    }

    [Fact]
    public async Task Paginated_list_rejects_non_numeric_values()
    {
        (await GetAsync($"test/FCTEL/rest/listaMesajePaginatieFactura?startTime=aaa&endTime=1&cif={Cif}&pagina=1")).Body
            .ShouldBe("""{"eroare":"startTime = aaa nu este un numar sau nu are o valoare acceptata de sistem","titlu":"Lista Mesaje"}""");
        (await GetAsync("test/FCTEL/rest/listaMesajePaginatieFactura?startTime=1&endTime=2&cif=aaa&pagina=1")).Body
            .ShouldBe("""{"eroare":"CIF introdus= aaa nu este un numar sau nu are o valoare acceptata de sistem","titlu":"Lista Mesaje"}""");
    }

    [Fact]
    public async Task Lists_lag_behind_processing_when_configured()
    {
        await AtExampleTimeAsync();
        Simulator.ListLag = TimeSpan.FromMinutes(10);
        await UploadAsync(SampleDocuments.Invoice());

        var (_, _, before) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}");
        Clock.Advance(TimeSpan.FromMinutes(10));
        var (_, _, after) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}");

        before.ShouldStartWith("{\"eroare\":\"Nu exista mesaje in ultimele 1 zile\"");
        after.ShouldContain("FACTURA TRIMISA");
    }

    [Fact]
    public async Task Messages_older_than_sixty_days_leave_the_list()
    {
        await AtExampleTimeAsync();
        await UploadAsync(SampleDocuments.Invoice());
        Clock.Advance(TimeSpan.FromDays(59));
        Http.DefaultRequestHeaders.Authorization = new("Bearer", Simulator.IssueTokens(Serial).AccessToken);

        var (_, _, kept) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=60&cif={Cif}");
        Clock.Advance(TimeSpan.FromDays(2));
        var (_, _, gone) = await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=60&cif={Cif}");

        kept.ShouldContain("FACTURA TRIMISA");
        gone.ShouldStartWith("{\"eroare\":\"Nu exista mesaje in ultimele 60 zile\"");
    }
}
