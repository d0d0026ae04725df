using Efactura.Simulator.Faults;

namespace Efactura.Simulator.Tests;

public sealed class FaultAndLimitTests : SimulatorTest
{
    protected override SimulatorOptions Configure(SimulatorOptions options) =>
        options with { Limits = new SimulatorLimits { CallsPerWindow = 3 } };

    [Fact]
    public async Task Calls_beyond_the_per_minute_limit_get_429_until_the_window_slides()
    {
        for (var i = 0; i < 3; i++) (await GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=1")).Status.ShouldBe(200);

        var (refused, _, _) = await GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=1");
        Clock.Advance(TimeSpan.FromMinutes(1));
        var (again, _, _) = await GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=1");

        refused.ShouldBe(429);
        again.ShouldBe(200);
    }

    [Theory]
    [InlineData("429", 429)]
    [InlineData("204", 204)]
    [InlineData("500", 500)]
    [InlineData("503", 503)]
    public async Task Header_injects_an_HTTP_failure(string fault, int status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "test/FCTEL/rest/stareMesaj?id_incarcare=1");
        request.Headers.Add(FaultPlan.Header, fault);

        using var response = await Http.SendAsync(request, Cancel);

        ((int)response.StatusCode).ShouldBe(status);
    }

    [Fact]
    public async Task Header_injects_a_429_with_Retry_After()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "test/FCTEL/rest/stareMesaj?id_incarcare=1");
        request.Headers.Add(FaultPlan.Header, "429=30");

        using var response = await Http.SendAsync(request, Cancel);

        ((int)response.StatusCode).ShouldBe(429);
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Header_relabels_a_JSON_answer_as_plain_text()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "test/FCTEL/rest/descarcare?id=21");
        request.Headers.Add(FaultPlan.Header, "text-plain");

        using var response = await Http.SendAsync(request, Cancel);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldStartWith("{\"eroare\":");
    }

    [Fact]
    public async Task Header_injects_the_firewall_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "test/FCTEL/rest/stareMesaj?id_incarcare=1");
        request.Headers.Add(FaultPlan.Header, "firewall");

        using var response = await Http.SendAsync(request, Cancel);

        ((int)response.StatusCode).ShouldBe(200);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("Your support ID is: ");
    }

    [Fact]
    public async Task Bad_gateway_answers_502_and_the_upload_never_reaches_ANAF()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.BadGateway, "/upload"));

        var (status, contentType, _) = await PostAsync($"test/FCTEL/rest/upload?standard=RASP&cif={Cif}", SampleDocuments.BuyerMessage());
        var (_, _, next) = await PostAsync($"test/FCTEL/rest/upload?standard=RASP&cif={Cif}", SampleDocuments.BuyerMessage());

        status.ShouldBe(502);
        contentType.ShouldStartWith("text/html");
        Simulator.Uploads(AnafEnvironment.Test).Count.ShouldBe(1);
        next.ShouldContain("ExecutionStatus=\"0\"");
    }

    [Fact]
    public async Task Dropped_upload_was_stored_although_the_client_got_no_answer()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.DropResponse, "/upload"));

        await Should.ThrowAsync<HttpRequestException>(() => PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Cif}", SampleDocuments.Invoice(number: "D-1")));
        var (_, _, second) = await PostAsync($"test/FCTEL/rest/upload?standard=UBL&cif={Cif}", SampleDocuments.Invoice(number: "D-2"));

        Simulator.UploadCount(AnafEnvironment.Test, Cif, "D-1").ShouldBe(1);
        second.ShouldContain("ExecutionStatus=\"0\"");
    }

    [Fact]
    public async Task Configured_rule_hits_only_matching_paths_and_only_its_count()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.ServiceUnavailable, "stareMesaj", Times: 2));

        (await GetAsync($"test/FCTEL/rest/listaMesajeFactura?zile=1&cif={Cif}")).Status.ShouldBe(200);
        (await GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=1")).Status.ShouldBe(503);
        Clock.Advance(TimeSpan.FromMinutes(1));
        (await GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=1")).Status.ShouldBe(503);
        (await GetAsync("test/FCTEL/rest/stareMesaj?id_incarcare=1")).Status.ShouldBe(200);
    }

    [Fact]
    public async Task Latency_delays_the_answer_in_real_time()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "test/FCTEL/rest/stareMesaj?id_incarcare=1");
        request.Headers.Add(FaultPlan.Header, "latency=300");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        using var response = await Http.SendAsync(request, Cancel);

        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290));
        ((int)response.StatusCode).ShouldBe(200);
    }

    [Fact]
    public void Header_words_parse_to_faults()
    {
        FaultPlan.Parse("latency=250, 503,drop, nonsense").Select(f => f.Kind)
            .ShouldBe([FaultKind.Latency, FaultKind.ServiceUnavailable, FaultKind.DropResponse]);
    }
}
