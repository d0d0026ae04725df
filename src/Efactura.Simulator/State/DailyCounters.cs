using System.Collections.Concurrent;
using Efactura.Simulator.Protocol;

namespace Efactura.Simulator.State;

/// <summary>
/// ANAF's daily quotas (per message or per CUI), counted per Romanian calendar day. A call beyond the
/// limit is refused and, like ANAF's, still counted. Thread-safe.
/// </summary>
internal sealed class DailyCounters
{
    private readonly ConcurrentDictionary<(string Quota, string Key, DateOnly Day), int> _counts = new();

    /// <summary>Counts one call; false when it goes beyond <paramref name="limit"/> for the day.</summary>
    public bool TryCount(string quota, string key, int limit, DateTimeOffset now)
    {
        var count = _counts.AddOrUpdate((quota, key, RomanianTime.Day(now)), 1, (_, n) => n + 1);
        return count <= limit;
    }

    /// <summary>How many calls were counted for <paramref name="quota"/> and <paramref name="key"/> on the Romanian day of <paramref name="now"/>.</summary>
    public int Count(string quota, string key, DateTimeOffset now) => _counts.GetValueOrDefault((quota, key, RomanianTime.Day(now)));
}
