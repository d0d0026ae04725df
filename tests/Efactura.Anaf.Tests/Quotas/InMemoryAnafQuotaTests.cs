using Efactura.Anaf.Quotas;
using Efactura.Testing;

namespace Efactura.Anaf.Tests.Quotas;

public sealed class InMemoryAnafQuotaTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Defaults_are_ANAF_published_limits()
    {
        var limits = new QuotaLimits();

        (limits.CallsPerWindow, limits.CallWindow).ShouldBe((1000, TimeSpan.FromMinutes(1)));
        limits.StatusPerMessagePerDay.ShouldBe(100);
        limits.DownloadsPerMessagePerDay.ShouldBe(10);
        limits.SimpleListPerCuiPerDay.ShouldBe(1500);
        limits.PagedListPerCuiPerDay.ShouldBe(100_000);
        limits.BuyerMessagesPerCuiPerDay.ShouldBe(1000);
        limits.SafetyMargin.ShouldBe(0.05m);
        limits.Allowed(1000).ShouldBe(950);
        limits.Allowed(10).ShouldBe(9);
    }

    [Fact]
    public async Task Daily_quota_stops_at_the_margin_and_resets_at_Romanian_midnight()
    {
        // 21:30 UTC is 23:30 in Bucharest in winter (UTC+2).
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 1, 10, 21, 30, 0, TimeSpan.Zero));
        var quota = new InMemoryAnafQuota(new QuotaLimits { DownloadsPerMessagePerDay = 10, SafetyMargin = 0.1m }, clock);

        for (var i = 0; i < 9; i++) (await quota.TryConsumeAsync(DailyQuota.DownloadPerMessage, "3001", Cancel)).ShouldBeTrue();
        var tenth = await quota.TryConsumeAsync(DailyQuota.DownloadPerMessage, "3001", Cancel);
        var otherMessage = await quota.TryConsumeAsync(DailyQuota.DownloadPerMessage, "3002", Cancel);
        clock.Advance(TimeSpan.FromMinutes(30));
        var nextDay = await quota.TryConsumeAsync(DailyQuota.DownloadPerMessage, "3001", Cancel);

        tenth.ShouldBeFalse();
        otherMessage.ShouldBeTrue();
        nextDay.ShouldBeTrue();
    }

    [Fact]
    public async Task Under_constant_demand_every_window_admits_exactly_the_allowed_calls()
    {
        // ANAF's 1000 calls a minute less the 5 % margin: 950 a minute, 95 % of ANAF's rate, however fast the machine.
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 1, 10, 8, 0, 0, TimeSpan.Zero));
        var quota = new InMemoryAnafQuota(new QuotaLimits(), clock);
        const int Callers = 2_000;
        var admitted = 0;
        var callers = Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            await quota.WaitForCallSlotAsync(Cancel);
            Interlocked.Increment(ref admitted);
        }, Cancel)).ToList();

        var perWindow = new List<int>();
        for (var window = 0; window < 3; window++)
        {
            // Settled: every caller is either admitted or waiting on the clock for the window to slide.
            await WaitUntilAsync(() => Volatile.Read(ref admitted) + clock.PendingDelays.Count == Callers);
            perWindow.Add(Volatile.Read(ref admitted));
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(30), Cancel);

        perWindow.ShouldBe([950, 1900, 2000]);
        clock.PendingDelays.ShouldBeEmpty();
    }

    /// <summary>Waits (bounded) for callers running on the thread pool to reach a state; the clock does not move.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        patience.CancelAfter(TimeSpan.FromSeconds(30));
        while (!condition()) await Task.Delay(10, patience.Token);
    }

    [Fact]
    public async Task Call_slots_wait_for_the_window_to_slide()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2025, 1, 10, 8, 0, 0, TimeSpan.Zero));
        var quota = new InMemoryAnafQuota(new QuotaLimits { CallsPerWindow = 2, SafetyMargin = 0 }, clock);
        await quota.WaitForCallSlotAsync(Cancel);
        clock.Advance(TimeSpan.FromSeconds(10));
        await quota.WaitForCallSlotAsync(Cancel);

        var third = quota.WaitForCallSlotAsync(Cancel).AsTask();
        clock.Advance(TimeSpan.FromSeconds(49));
        var waitedTooLittle = third.IsCompleted;
        clock.Advance(TimeSpan.FromSeconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(5), Cancel);

        waitedTooLittle.ShouldBeFalse();
        third.IsCompletedSuccessfully.ShouldBeTrue();
    }
}
