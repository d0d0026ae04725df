namespace Efactura.Server.Workers.Webhooks;

/// <summary>
/// When a failed delivery is tried again: exponential backoff with jitter, until the nominal waits add up to
/// <see cref="WebhookDispatcherOptions.RetryFor"/> after the first attempt; then never (dead-lettered). Counted from
/// the attempts, so a redelivery (attempts back to 0) gets the whole period again.
/// </summary>
public sealed class WebhookRetrySchedule(WebhookDispatcherOptions options)
{
    /// <summary>The nominal wait after failed attempt number <paramref name="attempt"/> (1 for the first).</summary>
    public TimeSpan Delay(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var delay = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 40));
        return TimeSpan.FromMilliseconds(Math.Min(delay, options.RetryMaxDelay.TotalMilliseconds));
    }

    /// <summary>
    /// When to try again after <paramref name="attempts"/> failed attempts, at <paramref name="now"/>; null when the
    /// retry period is over. <paramref name="random"/> is a number in [0, 1) for the jitter.
    /// </summary>
    public DateTimeOffset? Next(DateTimeOffset now, int attempts, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var elapsed = TimeSpan.Zero;
        for (var attempt = 1; attempt <= attempts; attempt++) elapsed += Delay(attempt);
        if (elapsed > options.RetryFor) return null;
        var spread = 1 + options.Jitter * (2 * random - 1);
        return now + Delay(attempts) * spread;
    }
}
