namespace Efactura.Simulator.Faults;

/// <summary>A fault to inject into the next <paramref name="Times"/> requests whose path contains <paramref name="PathContains"/>.</summary>
/// <param name="Kind">What goes wrong.</param>
/// <param name="PathContains">A path fragment such as <c>/upload</c> or <c>stareMesaj</c>; null matches every request.</param>
/// <param name="Times">How many matching requests it hits.</param>
/// <param name="Latency">The delay, for <see cref="FaultKind.Latency"/>.</param>
/// <param name="RetryAfter">For <see cref="FaultKind.TooManyRequests"/>, a <c>Retry-After</c> header in whole seconds; none when null.</param>
public sealed record FaultRule(FaultKind Kind, string? PathContains = null, int Times = 1, TimeSpan Latency = default, TimeSpan? RetryAfter = null);
