using System.Diagnostics;

namespace Efactura.Testing;

/// <summary>
/// A clock that starts at a fixed instant and then runs at real speed: dates are the test's, not the machine's,
/// while timeouts, delays and timers still elapse (measured on the monotonic clock, which a changed wall clock
/// does not move). For code that both reads the date and waits, such as a command talking to a server.
/// </summary>
/// <param name="start">What <see cref="GetUtcNow"/> returns at construction.</param>
public sealed class RunningClock(DateTimeOffset start) : TimeProvider
{
    private readonly long _started = Stopwatch.GetTimestamp();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => start.ToUniversalTime() + Stopwatch.GetElapsedTime(_started);
}
