using Efactura.Testing;

namespace Efactura.Cli.Tests;

/// <summary>The day the command's tests run on, whatever the machine's date: the examples keep their dates and stay in time.</summary>
internal static class TestClock
{
    /// <summary>
    /// Monday 2026-11-23, 09:00 UTC: within the 5-working-day upload deadline of examples/01 (issued 2026-11-20), so
    /// its validation gives no EF-DEADLINE-PASSED warning.
    /// </summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A clock that starts at <see cref="Start"/> and runs at real speed (timeouts and delays still elapse).</summary>
    public static TimeProvider Create() => new RunningClock(Start);
}
