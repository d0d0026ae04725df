namespace Efactura.Server.Storage.Tenants;

/// <summary>A tenant just created, with its first API key.</summary>
/// <param name="Tenant">The tenant.</param>
/// <param name="ApiKey">Its first key, shown once.</param>
public sealed record NewTenant(Tenant Tenant, IssuedApiKey ApiKey);
