using Efactura.Anaf.Results;
using Efactura.Simulator;
using Efactura.Simulator.Faults;
using Efactura.Simulator.Tests;

namespace Efactura.Anaf.Tests;

/// <summary>
/// How long the client waits and when it gives up, on the manual clock: each wait is read from the timer
/// the client armed, then the clock is moved past it, so nothing sleeps in real time.
/// </summary>
public sealed class TransportTests : ClientTest
{
    protected override SimulatorOptions ConfigureSimulator(SimulatorOptions options) =>
        options with { ProcessingDelay = TimeSpan.Zero, Limits = new SimulatorLimits { DownloadsPerMessagePerDay = 1 } };

    protected override AnafClientOptions ConfigureClient(AnafClientOptions options) =>
        options with { RetryBaseDelay = TimeSpan.FromSeconds(1), RetryMaxDelay = TimeSpan.FromSeconds(3), TooManyRequestsWait = TimeSpan.FromMinutes(1) };

    /// <summary>Runs <paramref name="call"/> to its end, moving the clock over every wait; returns the waits in order.</summary>
    private async Task<IReadOnlyList<TimeSpan>> WaitsOf(Task call)
    {
        var waits = new List<TimeSpan>();
        var waited = System.Diagnostics.Stopwatch.StartNew(); // a guard against a hung test, not a result
        while (!call.IsCompleted)
        {
            if (Clock.PendingDelays is [var next, ..])
            {
                waits.Add(next);
                Clock.Advance(next);
                continue;
            }
            if (waited.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("the call neither finished nor waited");
            await Task.Delay(5, Cancel);
        }
        await call;
        return waits;
    }

    [Fact]
    public async Task Backoff_doubles_from_the_base_with_jitter_and_stops_at_the_cap()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.ServiceUnavailable, "stareMesaj", Times: 3));
        var call = Client.GetStatusAsync(15000, Cancel);

        var waits = await WaitsOf(call);

        waits.Count.ShouldBe(3);
        waits[0].ShouldBeInRange(TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        waits[1].ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        waits[2].ShouldBeInRange(TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3), "4 s capped at RetryMaxDelay, then jittered");
        (await call).Error!.Messages.ShouldBe(["Nu exista factura cu id_incarcare= 15000"], "the fourth attempt got ANAF's answer");
    }

    [Fact]
    public async Task Jitter_spreads_the_waits_of_clients_that_failed_together()
    {
        var firstWaits = new List<TimeSpan>();
        for (var i = 0; i < 8; i++)
        {
            Simulator.Faults.Add(new FaultRule(FaultKind.ServiceUnavailable, "stareMesaj"));
            firstWaits.Add((await WaitsOf(Client.GetStatusAsync(15000, Cancel))).ShouldHaveSingleItem());
        }

        firstWaits.Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task A_429_waits_exactly_the_seconds_Retry_After_names()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.TooManyRequests, "stareMesaj", RetryAfter: TimeSpan.FromSeconds(7)));
        var call = Client.GetStatusAsync(15000, Cancel);

        var waits = await WaitsOf(call);

        waits.ShouldBe([TimeSpan.FromSeconds(7)]);
        (await call).Error!.Kind.ShouldBe(AnafErrorKind.Refused);
    }

    [Fact]
    public async Task A_429_without_Retry_After_waits_the_configured_minute()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.TooManyRequests, "stareMesaj"));

        var waits = await WaitsOf(Client.GetStatusAsync(15000, Cancel));

        waits.ShouldBe([TimeSpan.FromMinutes(1)]);
    }

    [Fact]
    public async Task After_the_allowed_429_waits_the_call_reports_too_many_requests()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.TooManyRequests, "stareMesaj", Times: 4, RetryAfter: TimeSpan.FromSeconds(2)));
        var call = Client.GetStatusAsync(15000, Cancel);

        var waits = await WaitsOf(call);

        waits.ShouldBe(Enumerable.Repeat(TimeSpan.FromSeconds(2), 3));
        var error = (await call).Error!;
        error.Kind.ShouldBe(AnafErrorKind.TooManyRequests);
        error.HttpStatus.ShouldBe(429);
    }

    [Fact]
    public async Task A_204_is_its_own_error_and_is_not_retried()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.NoContent, "stareMesaj"));
        var call = Client.GetStatusAsync(15000, Cancel);

        var waits = await WaitsOf(call);

        waits.ShouldBeEmpty();
        var error = (await call).Error!;
        error.Kind.ShouldBe(AnafErrorKind.NoContent);
        error.HttpStatus.ShouldBe(204);
    }

    [Fact]
    public async Task An_upload_answered_204_has_an_unknown_outcome()
    {
        Simulator.Faults.Add(new FaultRule(FaultKind.NoContent, "/upload"));

        var result = await Client.UploadAsync(new UploadRequest(SampleDocuments.Invoice(), Cif), Cancel);

        result.ShouldBeOfType<UnknownOutcome>().Error.Kind.ShouldBe(AnafErrorKind.NoContent);
    }

    [Fact]
    public async Task A_daily_limit_labelled_text_plain_is_still_a_typed_daily_limit()
    {
        var id = (await Client.GetStatusAsync(await UploadAsync(), Cancel)).Value!.DownloadId!.Value;
        (await Client.DownloadAsync(id, Cancel)).IsSuccess.ShouldBeTrue();
        Simulator.Faults.Add(new FaultRule(FaultKind.PlainTextJson, "descarcare"));

        var limited = await Client.DownloadAsync(id, Cancel);

        limited.Error!.Kind.ShouldBe(AnafErrorKind.Refused);
        limited.Error.Messages.ShouldBe(["S-au facut deja 1 descarcari de mesaj in cursul zilei"]);
        limited.Error.IsDailyLimit.ShouldBeTrue();
    }
}
