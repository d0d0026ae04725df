namespace Efactura.Server.Api.Sync;

/// <summary>The optional body of <c>POST /v1/sync</c>.</summary>
/// <param name="CompanyId">Only this company; all of the tenant's companies with sync on when absent.</param>
public sealed record SyncRequest(Guid? CompanyId = null);
