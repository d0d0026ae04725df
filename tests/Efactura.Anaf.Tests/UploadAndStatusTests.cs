using System.Diagnostics;
using Efactura.Simulator.Rules;
using Efactura.Anaf.OAuth;
using Efactura.Anaf.Results;
using Efactura.Simulator;
using Efactura.Simulator.Faults;
using Efactura.Simulator.Tests;

namespace Efactura.Anaf.Tests;

public sealed class UploadAndStatusTests : ClientTest
{
    protected override AnafClientOptions ConfigureClient(AnafClientOptions options) => options with { Timeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task Upload_then_status_moves_from_processing_to_ok()
    {
        var index = await UploadAsync();

        var processing = await Client.GetStatusAsync(index, Cancel);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var ok = await Client.GetStatusAsync(index, Cancel);

        processing.Value.ShouldBe(new MessageStatus(MessageState.Processing, null));
        ok.Value!.State.ShouldBe(MessageState.Ok);
        ok.Value.DownloadId.ShouldNotBeNull();
        ok.Value.IsFinal.ShouldBeTrue();
    }

    [Fact]
    public async Task Invalid_invoice_ends_nok()
    {
        var index = await UploadAsync(SampleDocuments.Invoice(customizationId: null));
        Clock.Advance(TimeSpan.FromMinutes(1));

        (await Client.GetStatusAsync(index, Cancel)).Value!.State.ShouldBe(MessageState.Nok);
    }

    [Fact]
    public async Task Upload_without_rights_is_refused_with_an_explained_message()
    {
        var result = await Client.UploadAsync(new UploadRequest(SampleDocuments.Invoice(), "1234"), Cancel);

        var error = result.ShouldBeOfType<UploadRefused>().Error;
        error.Kind.ShouldBe(AnafErrorKind.Refused);
        error.Messages.ShouldBe(["Nu aveti drept in SPV pentru CIF=1234"]);
        error.Explanation!.Code.ShouldBe("ANAF-NO-SPV-RIGHTS");
    }

    [Fact]
    public async Task Dropped_upload_is_an_unknown_outcome_and_is_not_sent_again()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.DropResponse, "/upload"));

        var result = await Client.UploadAsync(new UploadRequest(SampleDocuments.Invoice(number: "ONCE-1"), Cif), Cancel);

        result.ShouldBeOfType<UnknownOutcome>().Error.Kind.ShouldBe(AnafErrorKind.Network);
        Simulator.UploadCount(AnafEnvironment.Test, Cif, "ONCE-1").ShouldBe(1);
    }

    [Fact]
    public async Task Upload_that_times_out_is_an_unknown_outcome_and_is_not_sent_again()
    {
        using var late = new HttpClient(new LateAnswers(new SocketsHttpHandler())) { Timeout = Timeout.InfiniteTimeSpan };
        var impatient = new AnafClient(late, new AnafClientOptions
        {
            Endpoints = AnafEndpoints.Simulator(Simulator.BaseAddress),
            Timeout = TimeSpan.FromMilliseconds(300),
            RetryBaseDelay = TimeSpan.Zero,
            Time = Clock,
        }, new StaticAccessToken(Simulator.IssueTokens(Serial).AccessToken));

        var result = await impatient.UploadAsync(new UploadRequest(SampleDocuments.Invoice(number: "SLOW-1"), Cif), Cancel);

        result.ShouldBeOfType<UnknownOutcome>().Error.Kind.ShouldBe(AnafErrorKind.Timeout);
        Simulator.UploadCount(AnafEnvironment.Test, Cif, "SLOW-1").ShouldBe(1, "ANAF got it once; a timed-out upload is not sent again");
    }

    /// <summary>
    /// Every request reaches the server and is answered, but the answer reaches the client only after the client gave
    /// up (its timeout fired): an answer that came too late, on any machine, without waiting a fixed time.
    /// </summary>
    private sealed class LateAnswers(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var answer = await base.SendAsync(request, CancellationToken.None);
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw new UnreachableException();
        }
    }

    [Fact]
    public async Task Server_error_on_upload_is_an_unknown_outcome()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.InternalServerError, "/upload"));

        var result = await Client.UploadAsync(new UploadRequest(SampleDocuments.Invoice(), Cif), Cancel);

        result.ShouldBeOfType<UnknownOutcome>().Error.HttpStatus.ShouldBe(500);
    }

    [Fact]
    public async Task Upload_waits_out_a_429_and_is_accepted_once()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.TooManyRequests, "/upload"));

        var result = await Client.UploadAsync(new UploadRequest(SampleDocuments.Invoice(number: "RL-1"), Cif), Cancel);

        result.ShouldBeOfType<UploadAccepted>();
        Simulator.UploadCount(AnafEnvironment.Test, Cif, "RL-1").ShouldBe(1);
    }

    [Fact]
    public async Task Upload_to_a_closed_port_is_refused_because_nothing_was_sent()
    {
        var nowhere = new AnafClient(Http, new AnafClientOptions { Endpoints = AnafEndpoints.Simulator(new Uri("http://127.0.0.1:9/")), RetryBaseDelay = TimeSpan.Zero, MaxRetries = 0 },
            new StaticAccessToken("t"));

        var result = await nowhere.UploadAsync(new UploadRequest(SampleDocuments.Invoice(), Cif), Cancel);

        result.ShouldBeOfType<UploadRefused>().Error.Kind.ShouldBe(AnafErrorKind.Network);
    }

    [Fact]
    public async Task Status_retries_server_errors_then_answers()
    {
        var index = await UploadAsync();
        Simulator.Faults.Add(new FaultRule(FaultKind.ServiceUnavailable, "stareMesaj", Times: 2));

        var result = await Client.GetStatusAsync(index, Cancel);

        result.Value!.State.ShouldBe(MessageState.Processing);
    }

    [Fact]
    public async Task Status_reports_server_errors_after_the_last_retry()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.InternalServerError, "stareMesaj", Times: 4));

        var result = await Client.GetStatusAsync(1, Cancel);

        result.Error!.Kind.ShouldBe(AnafErrorKind.ServerError);
        result.Error.HttpStatus.ShouldBe(500);
    }

    [Fact]
    public async Task Firewall_page_is_its_own_error()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.Firewall, "stareMesaj"));

        (await Client.GetStatusAsync(1, Cancel)).Error!.Kind.ShouldBe(AnafErrorKind.Firewall);
    }

    [Fact]
    public async Task Unknown_upload_index_is_refused_with_ANAF_text()
    {
        var result = await Client.GetStatusAsync(15000, Cancel);

        result.Error!.Messages.ShouldBe(["Nu exista factura cu id_incarcare= 15000"]);
        result.Error.Explanation!.Code.ShouldBe("ANAF-UPLOAD-NOT-FOUND");
    }

    [Fact]
    public async Task Expired_token_is_forbidden()
    {
        Clock.Advance(TimeSpan.FromDays(91));

        (await Client.GetStatusAsync(1, Cancel)).Error!.Kind.ShouldBe(AnafErrorKind.Forbidden);
    }

    [Fact]
    public async Task Status_daily_limit_surfaces_as_a_typed_daily_limit()
    {
        await using var strict = await AnafSimulator.StartAsync(new SimulatorOptions { Time = Clock, Rules = new StructuralInvoiceRules(), Limits = new SimulatorLimits { StatusQueriesPerMessagePerDay = 1 } }, Cancel);
        strict.GrantRights(Serial, Cif);
        var client = new AnafClient(Http, new AnafClientOptions { Endpoints = AnafEndpoints.Simulator(strict.BaseAddress), Time = Clock },
            new StaticAccessToken(strict.IssueTokens(Serial).AccessToken));
        var index = ((UploadAccepted)await client.UploadAsync(new UploadRequest(SampleDocuments.Invoice(), Cif), Cancel)).UploadIndex;
        await client.GetStatusAsync(index, Cancel);

        var limited = await client.GetStatusAsync(index, Cancel);

        limited.Error!.IsDailyLimit.ShouldBeTrue();
        limited.Error.Explanation!.Code.ShouldBe("ANAF-MESSAGE-DAILY-LIMIT");
    }
}
