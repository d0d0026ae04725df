namespace Efactura.Server.Api.Admin;

/// <summary>The body of <c>POST /admin/v1/tenants</c>.</summary>
/// <param name="Name">The tenant's name.</param>
public sealed record TenantRequest(string? Name);
