using System.Globalization;
using Efactura.Core.Calendar;

namespace Efactura.Core.Tests.Calendar;

public sealed class SubmissionDeadlineTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-11-12", "2026-11-19")] // Thursday: Fri, Mon, Tue, Wed, Thu
    [InlineData("2026-11-20", "2026-11-27")] // Friday: a plain week
    [InlineData("2026-11-26", "2026-12-07")] // Thursday: Fri 27, then 30 Nov and 1 Dec are holidays
    [InlineData("2026-12-23", "2026-12-31")] // Christmas Day; the 26th is a Saturday
    [InlineData("2026-12-29", "2027-01-08")] // New Year
    [InlineData("2027-01-05", "2027-01-14")] // 6 and 7 January
    [InlineData("2026-04-08", "2026-04-17")] // Good Friday and Easter Monday
    [InlineData("2026-11-21", "2026-11-27")] // issued on a Saturday
    public void The_deadline_is_the_fifth_working_day_after_the_issue_date(string issued, string deadline) =>
        SubmissionDeadline.For(D(issued)).ShouldBe(D(deadline));

    [Fact]
    public void The_last_day_is_still_on_time()
    {
        SubmissionDeadline.IsPassed(D("2026-11-12"), D("2026-11-19")).ShouldBeFalse();
        SubmissionDeadline.IsPassed(D("2026-11-12"), D("2026-11-20")).ShouldBeTrue();
    }

    [Fact]
    public void Today_is_the_Romanian_date_of_the_clock()
    {
        // 22:30 UTC on 19 November is already 00:30 on 20 November in Bucharest (UTC+2 in winter).
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 19, 22, 30, 0, TimeSpan.Zero));

        RomanianTime.Today(clock).ShouldBe(D("2026-11-20"));
        SubmissionDeadline.IsPassed(D("2026-11-12"), clock).ShouldBeTrue();
    }

    [Fact]
    public void Summer_time_is_three_hours_ahead_of_UTC() =>
        RomanianTime.Today(new FixedClock(new DateTimeOffset(2026, 7, 1, 21, 30, 0, TimeSpan.Zero))).ShouldBe(D("2026-07-02"));

    [Fact]
    public void Working_days_left_count_down_to_zero()
    {
        SubmissionDeadline.WorkingDaysLeft(D("2026-11-12"), D("2026-11-12")).ShouldBe(5);
        SubmissionDeadline.WorkingDaysLeft(D("2026-11-12"), D("2026-11-18")).ShouldBe(1);
        SubmissionDeadline.WorkingDaysLeft(D("2026-11-12"), D("2026-11-19")).ShouldBe(0);
        SubmissionDeadline.WorkingDaysLeft(D("2026-11-12"), D("2026-11-25")).ShouldBe(0);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
