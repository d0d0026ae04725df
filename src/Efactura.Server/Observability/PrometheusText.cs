using System.Globalization;
using System.Text;

namespace Efactura.Server.Observability;

/// <summary>
/// Writes metric families in the Prometheus text exposition format, version 0.0.4: a <c># HELP</c> and a
/// <c># TYPE</c> line per family, then one <c>name{label="value",…} number</c> line per sample.
/// </summary>
public sealed class PrometheusText
{
    /// <summary>The content type of the format.</summary>
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _text = new();

    /// <summary>Writes a gauge family (a value that goes up and down).</summary>
    public PrometheusText Gauge(string name, string help, IEnumerable<Sample> samples) => Family(name, help, "gauge", samples);

    /// <summary>Writes a counter family (a total that only grows while the process runs).</summary>
    public PrometheusText Counter(string name, string help, IEnumerable<Sample> samples) => Family(name, help, "counter", samples);

    /// <summary>The exposition written so far.</summary>
    public override string ToString() => _text.ToString();

    private PrometheusText Family(string name, string help, string type, IEnumerable<Sample> samples)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(samples);
        _text.Append("# HELP ").Append(name).Append(' ').Append(EscapeHelp(help)).Append('\n');
        _text.Append("# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
        foreach (var sample in samples)
        {
            _text.Append(name);
            if (sample.Labels.Count > 0)
            {
                _text.Append('{');
                _text.AppendJoin(',', sample.Labels.Select(l => $"{l.Name}=\"{EscapeLabel(l.Value)}\""));
                _text.Append('}');
            }
            _text.Append(' ').Append(sample.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return this;
    }

    // The format's escapes: backslash and newline in HELP; also the double quote in label values.
    private static string EscapeHelp(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string EscapeLabel(string text) => EscapeHelp(text).Replace("\"", "\\\"", StringComparison.Ordinal);

    /// <summary>One sample: label pairs and a value.</summary>
    /// <param name="Labels">The labels, in order.</param>
    /// <param name="Value">The value.</param>
    public sealed record Sample(IReadOnlyList<(string Name, string Value)> Labels, long Value)
    {
        /// <summary>A sample with one label.</summary>
        public static Sample Of(string label, string value, long count) => new([(label, value)], count);
    }
}
