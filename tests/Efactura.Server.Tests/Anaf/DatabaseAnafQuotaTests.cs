using Efactura.Anaf.Quotas;
using Efactura.Server.Anaf;
using Efactura.Server.Storage.Quotas;
using Efactura.Server.Tests.Storage;
using Efactura.Testing;

namespace Efactura.Server.Tests.Anaf;

public class DatabaseAnafQuotaTests(PostgresServer postgres)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // 10:00:00 UTC = 12:00 in Bucharest (winter, UTC+2).
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static readonly QuotaLimits Small = new() { CallsPerWindow = 10, StatusPerMessagePerDay = 3, SafetyMargin = 0m };

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Each_ANAF_environment_counts_against_its_own_budget(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var production = new DatabaseAnafQuota(new QuotaRepository(db.Database), Small, new ManualTimeProvider(Start));
        var simulator = production.ForEnvironment(Efactura.Server.Storage.Companies.AnafEnvironment.Simulator);
        var test = production.ForEnvironment(Efactura.Server.Storage.Companies.AnafEnvironment.Test);

        for (var i = 0; i < 3; i++) (await simulator.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBeTrue();
        for (var i = 0; i < 10; i++) await simulator.WaitForCallSlotAsync(Token);

        (await simulator.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBeFalse();
        (await production.UsedTodayAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBe(0);
        (await production.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBeTrue();
        (await test.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBeTrue();
        (await production.CallsInWindowAsync(Token)).ShouldBe(0);
        (await simulator.CallsInWindowAsync(Token)).ShouldBe(10);
        production.ForEnvironment(Efactura.Server.Storage.Companies.AnafEnvironment.Prod).ShouldBeSameAs(production);
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Two_instances_over_one_database_share_the_calls_per_minute(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var clock = new ManualTimeProvider(Start);
        var nodeA = new DatabaseAnafQuota(new QuotaRepository(db.Database), Small, clock);
        await using var secondNode = db.OpenSecondNode();
        var nodeB = new DatabaseAnafQuota(new QuotaRepository(secondNode), Small, clock);

        for (var i = 0; i < 6; i++) await nodeA.WaitForCallSlotAsync(Token);
        for (var i = 0; i < 4; i++) await nodeB.WaitForCallSlotAsync(Token);
        var eleventh = nodeA.WaitForCallSlotAsync(Token).AsTask();
        var twelfth = nodeB.WaitForCallSlotAsync(Token).AsTask();
        await Task.Delay(100, Token);

        eleventh.IsCompleted.ShouldBeFalse();
        twelfth.IsCompleted.ShouldBeFalse();
        (await nodeA.CallsInWindowAsync(Token)).ShouldBe(10);

        // The calls leave the sliding window one bucket after a full minute has passed.
        await AdvanceUntilAsync(clock, Task.WhenAll(eleventh, twelfth), TimeSpan.FromSeconds(80));
        (clock.GetUtcNow() - Start).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(60));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Concurrent_callers_on_two_nodes_never_pass_the_limit(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var clock = new ManualTimeProvider(Start);
        await using var secondNode = db.OpenSecondNode();
        var nodes = new[] { db.Database, secondNode }.Select(d => new DatabaseAnafQuota(new QuotaRepository(d), Small, clock)).ToArray();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var calls = Enumerable.Range(0, 30).Select(i => Task.Run(async () => await nodes[i % 2].WaitForCallSlotAsync(stop.Token), Token)).ToList();
        for (var waited = 0; waited < 200 && calls.Count(c => c.IsCompleted) < 10; waited++) await Task.Delay(50, Token);
        await Task.Delay(300, Token);

        calls.Count(c => c.IsCompletedSuccessfully).ShouldBe(10);
        calls.Count(c => !c.IsCompleted).ShouldBe(20); // waiting for the window to move on
        await stop.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(Task.WhenAll(calls));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Uploads_take_at_most_their_share_of_the_calls_per_minute_until_the_window_moves_on(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var clock = new ManualTimeProvider(Start);
        var quota = new DatabaseAnafQuota(new QuotaRepository(db.Database), Small, clock);

        var taken = 0;
        for (var i = 0; i < 8; i++) if (await quota.TryTakeUploadSlotAsync(0.4m, Token)) taken++;

        taken.ShouldBe(4); // 40 % of 10 calls
        (await quota.TryTakeUploadSlotAsync(1m, Token)).ShouldBeTrue(); // no share: nothing counted
        clock.SetUtcNow(quota.NextBucketStart() + TimeSpan.FromMinutes(1));
        (await quota.TryTakeUploadSlotAsync(0.4m, Token)).ShouldBeTrue();
    }

    [Fact]
    public async Task No_sixty_seconds_hold_more_calls_than_the_limit_across_a_minute_boundary()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var clock = new ManualTimeProvider(Start.AddSeconds(55));
        var quota = new DatabaseAnafQuota(new QuotaRepository(db.Database), Small, clock);
        for (var i = 0; i < 10; i++) await quota.WaitForCallSlotAsync(Token);

        clock.Advance(TimeSpan.FromSeconds(10)); // a new minute, but the last 60 s already hold 10 calls
        var next = quota.WaitForCallSlotAsync(Token).AsTask();
        await Task.Delay(100, Token);

        next.IsCompleted.ShouldBeFalse();
        await AdvanceUntilAsync(clock, next, TimeSpan.FromSeconds(70));
    }

    [Theory, MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Daily_quotas_are_shared_survive_a_restart_and_start_again_at_Romanian_midnight(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine, postgres);
        var clock = new ManualTimeProvider(Start);
        var first = new DatabaseAnafQuota(new QuotaRepository(db.Database), Small, clock);

        (await first.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBeTrue();
        (await first.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBeTrue();
        await using var secondNode = db.OpenSecondNode();
        var restarted = new DatabaseAnafQuota(new QuotaRepository(secondNode), Small, clock);
        (await restarted.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBeTrue();
        (await restarted.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBeFalse();
        (await first.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBeFalse();
        (await first.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000001", Token)).ShouldBeTrue();
        (await first.TryConsumeAsync(DailyQuota.DownloadPerMessage, "5001000000", Token)).ShouldBeTrue();
        (await first.UsedTodayAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBe(3);

        clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 21, 59, 0, TimeSpan.Zero)); // 23:59 in Bucharest: still the same day
        (await first.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBeFalse();
        clock.Advance(TimeSpan.FromMinutes(1)); // midnight in Bucharest
        (await first.TryConsumeAsync(DailyQuota.StatusPerMessage, "5001000000", Token)).ShouldBeTrue();
    }

    [Fact]
    public async Task The_margin_is_kept_unused()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var quota = new DatabaseAnafQuota(new QuotaRepository(db.Database), new QuotaLimits { SafetyMargin = 0.05m }, new ManualTimeProvider(Start));

        var granted = 0;
        while (await quota.TryConsumeAsync(DailyQuota.StatusPerMessage, "1", Token)) granted++;

        granted.ShouldBe(95);
    }

    [Fact]
    public async Task Old_windows_are_pruned_as_calls_go_on()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite", postgres);
        var clock = new ManualTimeProvider(Start);
        var quota = new DatabaseAnafQuota(new QuotaRepository(db.Database), Small, clock);
        for (var day = 0; day < 5; day++)
        {
            await quota.WaitForCallSlotAsync(Token);
            await quota.TryConsumeAsync(DailyQuota.StatusPerMessage, "1", Token);
            clock.Advance(TimeSpan.FromDays(1));
        }
        await quota.WaitForCallSlotAsync(Token);

        // Today's and yesterday's daily windows and the last minutes' buckets remain.
        Convert.ToInt32(await db.ScalarAsync("SELECT COUNT(*) FROM quota_counters"), System.Globalization.CultureInfo.InvariantCulture).ShouldBeLessThanOrEqualTo(3);
    }

    [Theory]
    [InlineData("2026-03-02T10:00:00Z", "2026-03-01T22:00:00Z")] // winter: UTC+2
    [InlineData("2026-03-01T22:00:00Z", "2026-03-01T22:00:00Z")]
    [InlineData("2026-03-01T21:59:59Z", "2026-02-28T22:00:00Z")]
    [InlineData("2026-07-15T20:59:59Z", "2026-07-14T21:00:00Z")] // summer: UTC+3
    [InlineData("2026-03-29T12:00:00Z", "2026-03-28T22:00:00Z")] // the day the clocks go forward
    public void A_quota_day_is_a_Romanian_day(string instant, string dayStart) =>
        DatabaseAnafQuota.RomanianDayStart(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateTimeOffset.Parse(dayStart, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2026-03-28T12:00:00Z", "2026-03-28T22:00:00Z")]
    [InlineData("2026-03-29T12:00:00Z", "2026-03-29T21:00:00Z")] // a 23-hour day
    [InlineData("2026-10-25T12:00:00Z", "2026-10-25T22:00:00Z")] // a 25-hour day
    public void The_next_quota_day_starts_at_the_next_Romanian_midnight(string instant, string next) =>
        DatabaseAnafQuota.NextRomanianDayStart(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture));

    private static async Task AdvanceUntilAsync(ManualTimeProvider clock, Task done, TimeSpan atMost)
    {
        var until = clock.GetUtcNow() + atMost;
        while (!done.IsCompleted && clock.GetUtcNow() < until)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(done, Task.Delay(30, Token));
        }
        done.IsCompleted.ShouldBeTrue();
        await done;
    }
}
