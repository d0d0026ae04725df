namespace Efactura.Server.Storage.Tenants;

/// <summary>What is kept of an API key: never the key itself.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Prefix">Its first characters.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="RevokedAt">When it was revoked, or null while it works.</param>
/// <param name="Name">A name for people (what uses it); may be empty.</param>
/// <param name="Scope">What it may do.</param>
/// <param name="ExpiresAt">When it stops working by itself, or null for never.</param>
public sealed record ApiKeyInfo(Guid Id, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt,
    string Name = "", ApiKeyScope Scope = ApiKeyScope.Write, DateTimeOffset? ExpiresAt = null);
