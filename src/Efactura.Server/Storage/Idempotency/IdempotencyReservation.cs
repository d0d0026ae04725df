namespace Efactura.Server.Storage.Idempotency;

/// <summary>What an Idempotency-Key reservation found.</summary>
public abstract record IdempotencyReservation
{
    private IdempotencyReservation()
    {
    }

    /// <summary>The key is new (or its earlier holder died): this request runs and then completes or releases the key.</summary>
    public sealed record Reserved : IdempotencyReservation;

    /// <summary>The same key and body ran before: send its response again.</summary>
    /// <param name="Response">The response of the first run.</param>
    public sealed record Replay(StoredResponse Response) : IdempotencyReservation;

    /// <summary>The key was used with a different body: the API answers 409.</summary>
    public sealed record Mismatch : IdempotencyReservation;

    /// <summary>The first request with this key is still running: the API answers 409 (retry later).</summary>
    public sealed record InProgress : IdempotencyReservation;
}
