using System.Globalization;

namespace Efactura.LoadTest;

/// <summary>What a load run measured.</summary>
public sealed record LoadReport(
    LoadOptions Options,
    TimeSpan PostingTime,
    int Posted,
    int Failures,
    long AcceptedWhenPostingEnded,
    int AcceptedInTheEnd,
    TimeSpan DrainedAt,
    double P50Milliseconds,
    double P99Milliseconds,
    double MaxMilliseconds,
    double SteadyAcceptedPerSecond)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"""
        efactura load run: {Options.Concurrency} clients for {PostingTime.TotalSeconds:F1} s ({(Options.PostgresConnectionString is null ? "SQLite" : "PostgreSQL")}, in-process simulator, processing delay 0)
          API: {Posted} invoices created ({Failures} failed) = {Posted / PostingTime.TotalSeconds:F1} invoices/s; latency p50 {P50Milliseconds:F1} ms, p99 {P99Milliseconds:F1} ms, max {MaxMilliseconds:F1} ms
          end to end: {AcceptedWhenPostingEnded} accepted when posting ended; {AcceptedInTheEnd} of {Posted} accepted after {DrainedAt.TotalSeconds:F1} s
          sustained: {SteadyAcceptedPerSecond:F1} accepted/s over the second half of the posting window; overall {AcceptedInTheEnd / DrainedAt.TotalSeconds:F1} accepted/s
        """);
}
