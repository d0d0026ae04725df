using System.Collections.Concurrent;

namespace Efactura.Anaf.Quotas;

/// <summary>
/// The quota of one process: a sliding window for the calls per minute (callers wait for a free slot)
/// and daily counters reset at Romanian midnight (callers are refused). Thread-safe.
/// </summary>
public sealed class InMemoryAnafQuota(QuotaLimits limits, TimeProvider time) : IAnafQuota
{
    private static readonly TimeZoneInfo Bucharest = TimeZoneInfo.FindSystemTimeZoneById("Europe/Bucharest");
    private readonly Queue<DateTimeOffset> _calls = new();
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<(DailyQuota, string, DateOnly), int> _daily = new();

    /// <summary>A quota with ANAF's published limits on the system clock.</summary>
    public InMemoryAnafQuota() : this(new QuotaLimits(), TimeProvider.System) { }

    /// <inheritdoc />
    public async ValueTask WaitForCallSlotAsync(CancellationToken cancellationToken)
    {
        var allowed = limits.Allowed(limits.CallsPerWindow);
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                while (_calls.Count > 0 && _calls.Peek() <= now - limits.CallWindow) _calls.Dequeue();
                if (_calls.Count < allowed)
                {
                    _calls.Enqueue(now);
                    return;
                }
                wait = _calls.Peek() + limits.CallWindow - now;
            }
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> TryConsumeAsync(DailyQuota quota, string key, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Bucharest).DateTime);
        var allowed = limits.Allowed(limits.Limit(quota));
        var taken = false;
        _daily.AddOrUpdate((quota, key, day), _ => { taken = true; return 1; }, (_, n) =>
        {
            taken = n < allowed;
            return taken ? n + 1 : n;
        });
        return ValueTask.FromResult(taken);
    }
}
