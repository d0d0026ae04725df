namespace Efactura.Server.Storage.Connections;

/// <summary>A link that lets another device (whoever holds the certificate) connect one company to ANAF.</summary>
/// <param name="Id">Its id.</param>
/// <param name="TenantId">The tenant that made it.</param>
/// <param name="CompanyId">The company it connects.</param>
/// <param name="ExpiresAt">When it stops working.</param>
/// <param name="UsedAt">When a consent started from it completed, or null.</param>
/// <param name="CreatedAt">When it was made.</param>
public sealed record TokenLink(Guid Id, Guid TenantId, Guid CompanyId, DateTimeOffset ExpiresAt, DateTimeOffset? UsedAt, DateTimeOffset CreatedAt);
