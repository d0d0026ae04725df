using System.Collections.Concurrent;

namespace Efactura.Server.Observability;

/// <summary>
/// A monotonic count per combination of label values (a Prometheus counter family), thread-safe. Label values
/// must come from small fixed sets (operation names, outcome classes), never from data.
/// </summary>
public sealed class LabeledCounter
{
    private readonly ConcurrentDictionary<LabelValues, long> _counts = new();

    /// <summary>A counter with these label names, in the order values are given.</summary>
    public LabeledCounter(params string[] labelNames)
    {
        ArgumentNullException.ThrowIfNull(labelNames);
        LabelNames = labelNames;
    }

    /// <summary>The label names.</summary>
    public IReadOnlyList<string> LabelNames { get; }

    /// <summary>Adds one to the count of <paramref name="values"/>.</summary>
    public void Increment(params string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != LabelNames.Count) throw new ArgumentException($"expected {LabelNames.Count} label values", nameof(values));
        _counts.AddOrUpdate(new LabelValues(values), 1, (_, n) => n + 1);
    }

    /// <summary>The count of <paramref name="values"/> (0 when never incremented).</summary>
    public long Get(params string[] values) => _counts.TryGetValue(new LabelValues(values), out var n) ? n : 0;

    /// <summary>Every combination seen so far with its count, in label order.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Values, long Count)> Snapshot() =>
        _counts.Select(p => ((IReadOnlyList<string>)p.Key.Values, p.Value))
            .OrderBy(p => string.Join('\u0001', p.Item1), StringComparer.Ordinal)
            .ToList();

    // Value equality over the label values, for the dictionary key.
    private sealed class LabelValues(string[] values) : IEquatable<LabelValues>
    {
        public string[] Values { get; } = values;

        public bool Equals(LabelValues? other) => other is not null && Values.AsSpan().SequenceEqual(other.Values);

        public override bool Equals(object? obj) => Equals(obj as LabelValues);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var value in Values) hash.Add(value, StringComparer.Ordinal);
            return hash.ToHashCode();
        }
    }
}
