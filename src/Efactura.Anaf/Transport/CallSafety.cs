namespace Efactura.Anaf.Transport;

/// <summary>Whether repeating a call can change anything at ANAF, which decides what may be retried.</summary>
internal enum CallSafety
{
    /// <summary>Reads and checks: retried on timeouts, network failures and 5xx.</summary>
    Idempotent,

    /// <summary>Upload and token refresh: repeated only when the request provably never left (or on 429).</summary>
    NotIdempotent,
}
