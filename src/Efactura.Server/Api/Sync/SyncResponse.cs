namespace Efactura.Server.Api.Sync;

/// <summary>What <c>POST /v1/sync</c> made due.</summary>
/// <param name="Companies">The companies whose incoming sync is now due (those with sync on).</param>
/// <param name="DueAt">When they became due; the sync worker picks them up from then on.</param>
public sealed record SyncResponse(IReadOnlyList<Guid> Companies, DateTimeOffset DueAt);
