namespace Efactura.Simulator.State;

/// <summary>
/// ANAF's global limit, 1000 calls per minute (anaf-api.md §7), as a sliding window per application
/// (the token's <c>clientappid</c>). Calls refused with 429 do not take a slot. Thread-safe.
/// </summary>
internal sealed class CallWindow
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _calls = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Takes a slot for <paramref name="application"/>; false when the window is full.</summary>
    public bool TryEnter(string application, int limit, TimeSpan window, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (!_calls.TryGetValue(application, out var calls)) _calls[application] = calls = new Queue<DateTimeOffset>();
            while (calls.Count > 0 && calls.Peek() <= now - window) calls.Dequeue();
            if (calls.Count >= limit) return false;
            calls.Enqueue(now);
            return true;
        }
    }
}
