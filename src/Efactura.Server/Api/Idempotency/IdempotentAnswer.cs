namespace Efactura.Server.Api.Idempotency;

/// <summary>An endpoint's answer under an Idempotency-Key, and whether a repeat of the request may get it again.</summary>
/// <typeparam name="TResult">The endpoint's typed result.</typeparam>
/// <param name="Result">The answer.</param>
/// <param name="Replayable">
/// True when the answer depends on the request alone (created, or refused for its content); false when it depends
/// on the state of other resources (a missing company, a number already used), which may change before a retry.
/// </param>
public sealed record IdempotentAnswer<TResult>(TResult Result, bool Replayable) where TResult : IResult;
