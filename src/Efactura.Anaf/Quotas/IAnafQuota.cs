namespace Efactura.Anaf.Quotas;

/// <summary>
/// Keeps calls inside ANAF's published limits. Behind an interface so a gateway with several nodes can
/// share the counters (e.g. in its database); <see cref="InMemoryAnafQuota"/> serves one process.
/// </summary>
public interface IAnafQuota
{
    /// <summary>Waits until one more call fits in the application-wide calls-per-minute limit, and takes it.</summary>
    ValueTask WaitForCallSlotAsync(CancellationToken cancellationToken);

    /// <summary>Takes one unit of a daily quota for <paramref name="key"/> (a message id or a CUI); false when the day's limit is used up.</summary>
    ValueTask<bool> TryConsumeAsync(DailyQuota quota, string key, CancellationToken cancellationToken);
}
