using Efactura.Anaf.Quotas;

namespace Efactura.Server.Workers;

/// <summary>
/// The calls-window gate of one upload attempt: the first request goes on the slot the submitter took before the
/// invoice became uploading (so the attempt never waits for a slot while it holds the invoice); a repeat after HTTP 429
/// waits for a new slot. Before each request leaves, <paramref name="markSent"/> commits that it is being sent and
/// renews the attempt's lease; when that fails (the attempt lost its lease to another node) the request is not sent
/// and <see cref="UploadLeaseLostException"/> ends the upload.
/// </summary>
internal sealed class UploadSendGate(IAnafQuota budget, Func<CancellationToken, Task<bool>> markSent) : IAnafQuota
{
    private int _reserved = 1;

    /// <inheritdoc />
    public async ValueTask WaitForCallSlotAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _reserved, 0) == 0) await budget.WaitForCallSlotAsync(cancellationToken).ConfigureAwait(false);
        if (!await markSent(cancellationToken).ConfigureAwait(false)) throw new UploadLeaseLostException();
    }

    /// <inheritdoc />
    public ValueTask<bool> TryConsumeAsync(DailyQuota quota, string key, CancellationToken cancellationToken) =>
        budget.TryConsumeAsync(quota, key, cancellationToken);
}
