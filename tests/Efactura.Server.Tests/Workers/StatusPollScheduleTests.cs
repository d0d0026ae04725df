using Efactura.Server.Workers;

namespace Efactura.Server.Tests.Workers;

public class StatusPollScheduleTests
{
    private static readonly DateTimeOffset Submitted = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new OutgoingInvoiceOptions();

        options.UploadLease.ShouldBe(TimeSpan.FromMinutes(5));
        options.RetryBaseDelay.ShouldBe(TimeSpan.FromMinutes(1));
        options.RetryMaxDelay.ShouldBe(TimeSpan.FromMinutes(30));
        options.ReconcileWait.ShouldBe(TimeSpan.FromMinutes(30));
        options.ReconcileInterval.ShouldBe(TimeSpan.FromMinutes(2));
        options.ReconcileSearchMargin.ShouldBe(TimeSpan.FromMinutes(5));
        options.ReconcileDownloadsKept.ShouldBe(TimeSpan.FromDays(7));
        options.StatusFirstPoll.ShouldBe(TimeSpan.FromMinutes(1));
        options.StatusMaxInterval.ShouldBe(TimeSpan.FromMinutes(30));
        options.StatusSlowAfter.ShouldBe(TimeSpan.FromHours(24));
        options.StatusSlowInterval.ShouldBe(TimeSpan.FromHours(2));
        options.DownloadRetryDelay.ShouldBe(TimeSpan.FromMinutes(5));
        options.UploadCallShare.ShouldBe(0.4m);
        options.ReconcileCallShare.ShouldBe(0.1m);
        new WorkerOptions().MaxParallelism.ShouldBe(8);
    }

    [Fact]
    public void Polls_start_a_minute_after_the_upload_and_grow_to_the_longest_interval()
    {
        var schedule = new StatusPollSchedule(new OutgoingInvoiceOptions());

        var polls = schedule.Polls(Submitted, Submitted.AddHours(3)).Select(p => p - Submitted).ToList();

        polls[0].ShouldBe(TimeSpan.FromMinutes(1));
        polls[1].ShouldBe(TimeSpan.FromMinutes(2));
        polls.Zip(polls.Skip(1), (a, b) => b - a).ShouldBeInOrder(SortDirection.Ascending);
        (polls[^1] - polls[^2]).ShouldBe(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void No_day_holds_more_polls_than_ANAF_allows_per_message_with_the_margin()
    {
        var schedule = new StatusPollSchedule(new OutgoingInvoiceOptions());
        var polls = schedule.Polls(Submitted, Submitted.AddDays(5)).ToList();

        // Any 24-hour span, wherever the Romanian day starts: at most 95 of ANAF's 100 stareMesaj per message per day.
        polls.Max(start => polls.Count(p => p >= start && p < start.AddDays(1))).ShouldBeLessThanOrEqualTo(95);
        polls.Count(p => p < Submitted.AddDays(1)).ShouldBeLessThan(60);
    }

    [Fact]
    public void After_a_day_without_a_verdict_the_upload_is_slow_and_polled_every_two_hours()
    {
        var schedule = new StatusPollSchedule(new OutgoingInvoiceOptions());
        var late = Submitted.AddHours(24);

        schedule.IsSlow(Submitted, late.AddSeconds(-1)).ShouldBeFalse();
        schedule.IsSlow(Submitted, late).ShouldBeTrue();
        schedule.Next(Submitted, late).ShouldBe(late.AddHours(2));
    }
}
