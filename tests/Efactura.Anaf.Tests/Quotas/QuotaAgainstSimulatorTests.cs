using System.Collections.Concurrent;
using System.Diagnostics;
using Efactura.Anaf.OAuth;
using Efactura.Anaf.Quotas;
using Efactura.Anaf.Results;
using Efactura.Simulator;
using Efactura.Simulator.Rules;

namespace Efactura.Anaf.Tests.Quotas;

/// <summary>
/// The limiter against the simulator in real time: ANAF's 1000 calls per minute scaled down to 1000 calls
/// per 2 seconds (500 a second), so 5,000 calls take about nine seconds on a fast machine. The simulator counts
/// every call and would answer 429 past its limit; the client is told not to wait 429s out, so one would show.
/// How close the limiter comes to the limit depends on the machine's speed, so it is printed here, and asserted
/// on a manual clock in <see cref="InMemoryAnafQuotaTests"/>.
/// </summary>
public sealed class QuotaAgainstSimulatorTests(ITestOutputHelper output)
{
    private const int Calls = 5_000;
    private const int Workers = 48;
    private const int AnafLimit = 1000;
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    /// <summary>Notes when each call was let through.</summary>
    private sealed class RecordingQuota(IAnafQuota inner, Stopwatch clock) : IAnafQuota
    {
        public ConcurrentQueue<TimeSpan> Admissions { get; } = new();

        public async ValueTask WaitForCallSlotAsync(CancellationToken cancellationToken)
        {
            await inner.WaitForCallSlotAsync(cancellationToken);
            Admissions.Enqueue(clock.Elapsed);
        }

        public ValueTask<bool> TryConsumeAsync(DailyQuota quota, string key, CancellationToken cancellationToken) =>
            inner.TryConsumeAsync(quota, key, cancellationToken);
    }

    [Fact]
    public async Task Five_thousand_calls_never_exceed_ANAF_limit()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var simulator = await AnafSimulator.StartAsync(new SimulatorOptions
        {
            Rules = new StructuralInvoiceRules(),
            Limits = new SimulatorLimits { CallsPerWindow = AnafLimit, CallWindow = Window },
        }, cancel);
        simulator.GrantRights("Q1", "8000000000");
        var limits = new QuotaLimits { CallsPerWindow = AnafLimit, CallWindow = Window };
        var quota = new RecordingQuota(new InMemoryAnafQuota(limits, TimeProvider.System), Stopwatch.StartNew());
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var client = new AnafClient(http, new AnafClientOptions
        {
            Endpoints = AnafEndpoints.Simulator(simulator.BaseAddress),
            MaxRetries = 0,
            MaxTooManyRequestsWaits = 0,
        }, new StaticAccessToken(simulator.IssueTokens("Q1").AccessToken), quota);

        var next = -1;
        var errors = new ConcurrentBag<AnafError>();
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            // stareMesaj over 100 message ids: 50 queries each, inside the 100 a day per message.
            for (var call = Interlocked.Increment(ref next); call < Calls; call = Interlocked.Increment(ref next))
            {
                var result = await client.GetStatusAsync(1 + call % 100, cancel);
                if (result.Error is { Kind: not AnafErrorKind.Refused } error) errors.Add(error);
            }
        }, cancel)));

        var admitted = quota.Admissions.Order().ToArray();
        var allowed = limits.Allowed(AnafLimit);
        // A sliding-window limiter at full speed reuses each slot exactly one window later, so the mean
        // span of `allowed` consecutive admissions is the window when throughput is what the limit allows.
        var meanSpan = Enumerable.Range(0, admitted.Length - allowed).Average(k => (admitted[k + allowed] - admitted[k]).TotalSeconds);
        var callsPerSecond = allowed / meanSpan;
        var anafRate = AnafLimit / Window.TotalSeconds;
        var busiestWindow = Enumerable.Range(0, admitted.Length).Max(k => admitted.Skip(k).TakeWhile(t => t - admitted[k] < Window).Count());
        output.WriteLine($"{Calls} calls in {admitted[^1].TotalSeconds:0.00} s; sustained {callsPerSecond:0.0}/s = {callsPerSecond / anafRate:P1} of ANAF's {anafRate:0}/s; busiest window {busiestWindow} of {AnafLimit}");

        errors.ShouldBeEmpty("no call may get a 429 (or fail otherwise)");
        admitted.Length.ShouldBe(Calls);
        // The limiter keeps 950 (its 5% margin); timestamps taken just after admission may jitter a few over it.
        busiestWindow.ShouldBeLessThanOrEqualTo(AnafLimit);
    }
}
