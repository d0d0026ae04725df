namespace Efactura.Server.Storage.Tenants;

/// <summary>What is kept of an API key: never the key itself.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Prefix">Its first characters.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="RevokedAt">When it was revoked, or null while it works.</param>
public sealed record ApiKeyInfo(Guid Id, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
