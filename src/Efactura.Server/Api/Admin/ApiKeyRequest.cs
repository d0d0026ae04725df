using Efactura.Server.Storage.Tenants;

namespace Efactura.Server.Api.Admin;

/// <summary>The body of <c>POST /admin/v1/tenants/{tenantId}/keys</c>; every member optional.</summary>
/// <param name="Name">What uses the key.</param>
/// <param name="Scope"><c>read</c> or <c>write</c> (default).</param>
/// <param name="ExpiresAt">When it stops working; none when left out.</param>
public sealed record ApiKeyRequest(string? Name, ApiKeyScope? Scope, DateTimeOffset? ExpiresAt);
