using System.Text.Json;
using Efactura.Core.Calendar;
using Efactura.Server.Storage;
using Efactura.Server.Storage.Deadlines;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Notices;

namespace Efactura.Server.Workers.Deadlines;

/// <summary>
/// Worker <c>deadline-watcher</c>: an invoice must reach ANAF within 5 working days of its issue date, Romanian
/// public holidays skipped (DESIGN §5, <see cref="SubmissionDeadline"/>). For each invoice issued but not yet
/// submitted whose deadline is <see cref="DeadlineWatcherOptions.WarnWithWorkingDaysLeft"/> working days away or
/// has passed, it sends <c>invoice.deadline_approaching</c>, once per invoice (a notice in the database).
/// </summary>
public sealed partial class DeadlineWatcher(
    DeadlineRepository deadlines,
    NoticeRepository notices,
    DeadlineWatcherOptions watcher,
    WorkerOptions options,
    TimeProvider time,
    ILogger<DeadlineWatcher> logger) : WorkerLoop(options, time, logger)
{
    /// <summary>The worker's name.</summary>
    public const string WorkerName = "deadline-watcher";

    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public override string Name => WorkerName;

    /// <inheritdoc />
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = RomanianTime.Today(Time);
        var due = await deadlines.FindUnwarnedAsync(LatestIssueDateToWarn(today, watcher.WarnWithWorkingDaysLeft), Options.BatchSize, cancellationToken)
            .ConfigureAwait(false);
        foreach (var invoice in due) await WarnAsync(invoice, today, cancellationToken).ConfigureAwait(false);
        return due.Count > 0;
    }

    /// <summary>
    /// The latest issue date whose deadline is at most <paramref name="workingDaysLeft"/> working days after
    /// <paramref name="today"/>: every invoice issued on or before it is due for the warning. A later issue date
    /// never has an earlier deadline, so one date bounds them all.
    /// </summary>
    public static DateOnly LatestIssueDateToWarn(DateOnly today, int workingDaysLeft)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDaysLeft);
        var issued = today;
        while (SubmissionDeadline.WorkingDaysLeft(issued, today) > workingDaysLeft) issued = issued.AddDays(-1);
        return issued;
    }

    private async Task WarnAsync(UnsubmittedInvoice invoice, DateOnly today, CancellationToken cancellationToken)
    {
        var deadline = SubmissionDeadline.For(invoice.IssueDate);
        var passed = SubmissionDeadline.IsPassed(invoice.IssueDate, today);
        var left = SubmissionDeadline.WorkingDaysLeft(invoice.IssueDate, today);
        var data = JsonSerializer.Serialize(new
        {
            invoiceId = invoice.Id,
            companyId = invoice.CompanyId,
            number = invoice.Number,
            state = StoredName.Of(invoice.State),
            issueDate = invoice.IssueDate,
            deadline,
            workingDaysLeft = left,
            passed,
        }, EventJson);
        var warning = new NewEvent(invoice.TenantId, EventTypes.InvoiceDeadlineApproaching, data) { SubjectId = invoice.Id, CompanyId = invoice.CompanyId };
        if (await notices.PublishOnceAsync(new Notice(invoice.Id, DeadlineRepository.NoticeKind, ""), warning, cancellationToken).ConfigureAwait(false) is null) return;
        LogWarned(Logger, invoice.Id, invoice.CompanyId, invoice.State, deadline, left, passed);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Invoice {InvoiceId} of company {CompanyId} ({State}): upload deadline {Deadline}, {WorkingDaysLeft} working days left, passed: {Passed}")]
    private static partial void LogWarned(ILogger logger, Guid invoiceId, Guid companyId, Storage.Invoices.InvoiceState state, DateOnly deadline, int workingDaysLeft, bool passed);
}
