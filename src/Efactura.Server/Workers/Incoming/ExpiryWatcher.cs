using System.Text.Json;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Notices;

namespace Efactura.Server.Workers.Incoming;

/// <summary>
/// Worker <c>expiry-watcher</c>: ANAF offers a message for 60 days (its message list takes <c>zile</c> 1 to 60, and
/// <c>startTime</c> no older than 60 days: ../shared/anaf-api.md, listaMesajeFactura), after which a received invoice
/// not downloaded is lost to the buyer. For each received invoice listed but not downloaded
/// <see cref="ExpiryWatcherOptions.WarnDaysBefore"/> days before then, it sends <c>incoming.expiring</c>, once per message
/// (a notice in the database); <c>/metrics</c> shows how many such messages are still not downloaded
/// (<c>efactura_incoming_expiring</c>).
/// </summary>
public sealed partial class ExpiryWatcher(
    ExpiringMessageRepository messages,
    NoticeRepository notices,
    ExpiryWatcherOptions watcher,
    WorkerOptions options,
    TimeProvider time,
    ILogger<ExpiryWatcher> logger) : WorkerLoop(options, time, logger)
{
    /// <summary>The worker's name.</summary>
    public const string WorkerName = "expiry-watcher";

    /// <summary>How long ANAF offers a message, in days.</summary>
    public const int RetentionDays = 60;

    private static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public override string Name => WorkerName;

    /// <inheritdoc />
    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = Time.GetUtcNow();
        var due = await messages.FindUnwarnedAsync(now.AddDays(-(RetentionDays - watcher.WarnDaysBefore)), Options.BatchSize, cancellationToken)
            .ConfigureAwait(false);
        foreach (var message in due) await WarnAsync(message, now, cancellationToken).ConfigureAwait(false);
        return due.Count > 0;
    }

    private async Task WarnAsync(ExpiringMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expiresAt = message.AnafCreatedAt.AddDays(RetentionDays);
        var data = JsonSerializer.Serialize(new
        {
            messageId = message.Id,
            companyId = message.CompanyId,
            anafId = message.AnafId,
            cif = message.Cif,
            createdAt = message.AnafCreatedAt,
            expiresAt,
            daysLeft = Math.Max(0, (int)Math.Floor((expiresAt - now).TotalDays)),
            downloadAttempts = message.DownloadAttempts,
        }, EventJson);
        var warning = new NewEvent(message.TenantId, EventTypes.IncomingExpiring, data) { SubjectId = message.Id, CompanyId = message.CompanyId };
        if (await notices.PublishOnceAsync(new Notice(message.Id, ExpiringMessageRepository.NoticeKind, ""), warning, cancellationToken).ConfigureAwait(false) is null)
            return;
        LogWarned(Logger, message.AnafId, message.CompanyId, expiresAt, message.DownloadAttempts);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Received invoice message {AnafId} of company {CompanyId} is not downloaded; ANAF offers it until {ExpiresAt} ({DownloadAttempts} download attempts so far)")]
    private static partial void LogWarned(ILogger logger, string anafId, Guid companyId, DateTimeOffset expiresAt, int downloadAttempts);
}
