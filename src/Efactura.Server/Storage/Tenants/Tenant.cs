namespace Efactura.Server.Storage.Tenants;

/// <summary>A customer of the gateway: every other row belongs to exactly one tenant.</summary>
/// <param name="Id">The tenant's id.</param>
/// <param name="Name">A name for people.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
public sealed record Tenant(Guid Id, string Name, DateTimeOffset CreatedAt);
