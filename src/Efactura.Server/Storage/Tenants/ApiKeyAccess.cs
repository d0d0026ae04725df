namespace Efactura.Server.Storage.Tenants;

/// <summary>A working API key's tenant and scope.</summary>
/// <param name="Tenant">The tenant it authenticates.</param>
/// <param name="Scope">What it may do.</param>
public sealed record ApiKeyAccess(Tenant Tenant, ApiKeyScope Scope);
