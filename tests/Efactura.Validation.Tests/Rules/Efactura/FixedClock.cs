namespace Efactura.Validation.Tests.Rules.Efactura;

/// <summary>A clock stopped at noon, Romanian time, of one day.</summary>
internal sealed class FixedClock(DateOnly day) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
