namespace Efactura.Server.Storage.Idempotency;

/// <summary>The response first given to an idempotent request, replayed for every repeat.</summary>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="Location">The Location header, if any.</param>
/// <param name="Body">The body bytes.</param>
public sealed record StoredResponse(int StatusCode, string ContentType, string? Location, byte[] Body);
