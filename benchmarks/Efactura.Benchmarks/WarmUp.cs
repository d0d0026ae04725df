using System.Diagnostics;

namespace Efactura.Benchmarks;

/// <summary>
/// Runs an operation for a while before BenchmarkDotNet's own warm-up: a validation calls some 1,100 rule methods, and
/// tiered compilation (a background thread) needs seconds on this machine to give them all their optimized code, more
/// than a short job's warm-up lasts (a typical invoice measured 490 µs in its iterations, 180 µs once warm).
/// </summary>
internal static class WarmUp
{
    public static void For(TimeSpan duration, Action operation)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration) operation();
    }
}
