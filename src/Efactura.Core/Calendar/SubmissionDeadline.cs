namespace Efactura.Core.Calendar;

/// <summary>
/// The day by which an invoice must reach RO e-Factura: 5 working days after its issue date (the issue
/// date not counted; weekends and <see cref="RomanianHolidays"/> skipped), as DESIGN §5 records the rule
/// in force since 2026. The date is the last day on which uploading is still on time.
/// </summary>
public static class SubmissionDeadline
{
    /// <summary>The number of working days the law allows after the issue date: 5.</summary>
    public const int WorkingDays = 5;

    /// <summary>The last day to upload an invoice issued on <paramref name="issueDate"/>: Thursday 2026-11-12 gives Thursday 2026-11-19.</summary>
    public static DateOnly For(DateOnly issueDate) => RomanianHolidays.AddWorkingDays(issueDate, WorkingDays);

    /// <summary>True when <paramref name="today"/> is after the deadline of an invoice issued on <paramref name="issueDate"/>.</summary>
    public static bool IsPassed(DateOnly issueDate, DateOnly today) => today > For(issueDate);

    /// <summary>True when, by Romanian local time on <paramref name="time"/>'s clock, the deadline has passed.</summary>
    public static bool IsPassed(DateOnly issueDate, TimeProvider time) => IsPassed(issueDate, RomanianTime.Today(time));

    /// <summary>
    /// Working days left after <paramref name="today"/> up to the deadline, 0 on the last day itself and when it has
    /// passed: for the "deadline approaching" warning.
    /// </summary>
    public static int WorkingDaysLeft(DateOnly issueDate, DateOnly today) => RomanianHolidays.WorkingDaysBetween(today, For(issueDate));
}
