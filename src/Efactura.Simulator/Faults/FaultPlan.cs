using System.Globalization;

namespace Efactura.Simulator.Faults;

/// <summary>
/// Which faults hit a request: the ones named in its <c>X-Simulator-Fault</c> header (comma separated:
/// <c>429</c>, <c>429=30</c> with Retry-After in seconds, <c>204</c>, <c>500</c>, <c>503</c>, <c>firewall</c>, <c>drop</c>,
/// <c>text-plain</c>, <c>latency=250</c> in milliseconds), and
/// the configured rules, each used up after its count. Thread-safe.
/// </summary>
public sealed class FaultPlan
{
    /// <summary>The request header naming faults for that request only.</summary>
    public const string Header = "X-Simulator-Fault";

    private readonly Lock _gate = new();
    private readonly List<(FaultRule Rule, int Left)> _rules = [];

    /// <summary>Adds a rule.</summary>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate) _rules.Add((rule, rule.Times));
    }

    /// <summary>Removes every configured rule.</summary>
    public void Clear()
    {
        lock (_gate) _rules.Clear();
    }

    /// <summary>The faults for one request, using up one hit of each matching rule.</summary>
    public IReadOnlyList<FaultRule> Take(string path, string? header)
    {
        var faults = Parse(header).ToList();
        lock (_gate)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var (rule, left) = _rules[i];
                if (rule.PathContains is not null && !path.Contains(rule.PathContains, StringComparison.OrdinalIgnoreCase)) continue;
                faults.Add(rule);
                _rules[i] = (rule, left - 1);
            }
            _rules.RemoveAll(r => r.Left <= 0);
        }
        return faults;
    }

    /// <summary>The faults a header value names; unknown words are ignored.</summary>
    public static IEnumerable<FaultRule> Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) yield break;
        foreach (var word in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (word.StartsWith("latency=", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(word["latency=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            {
                yield return new FaultRule(FaultKind.Latency, Latency: TimeSpan.FromMilliseconds(ms));
                continue;
            }
            if (word.StartsWith("429=", StringComparison.Ordinal)
                && int.TryParse(word["429=".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                yield return new FaultRule(FaultKind.TooManyRequests, RetryAfter: TimeSpan.FromSeconds(seconds));
                continue;
            }
            FaultKind? kind = word.ToLowerInvariant() switch
            {
                "429" => FaultKind.TooManyRequests,
                "204" => FaultKind.NoContent,
                "text-plain" => FaultKind.PlainTextJson,
                "500" => FaultKind.InternalServerError,
                "503" => FaultKind.ServiceUnavailable,
                "firewall" => FaultKind.Firewall,
                "drop" => FaultKind.DropResponse,
                _ => null,
            };
            if (kind is { } k) yield return new FaultRule(k);
        }
    }
}
