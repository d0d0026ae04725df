using Efactura.Server.Storage.Tenants;

namespace Efactura.Server.Api.Admin;

/// <summary>An API key as the admin API shows it; <see cref="Key"/> only in the answer that made it (only its hash is kept).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Prefix">Its first characters, to recognise it.</param>
/// <param name="Name">What uses it.</param>
/// <param name="Scope"><c>read</c> or <c>write</c>.</param>
/// <param name="CreatedAt">When it was made (absent right after it was made).</param>
/// <param name="ExpiresAt">When it stops working by itself.</param>
/// <param name="RevokedAt">When it was revoked.</param>
/// <param name="Key">The key itself, shown once.</param>
public sealed record ApiKeyResponse(
    Guid Id, string Prefix, string Name, ApiKeyScope Scope, DateTimeOffset? CreatedAt = null, DateTimeOffset? ExpiresAt = null,
    DateTimeOffset? RevokedAt = null, string? Key = null)
{
    /// <summary>A key just made, with its text.</summary>
    public static ApiKeyResponse From(IssuedApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var spec = key.Spec ?? new ApiKeySpec();
        return new(key.Id, key.Prefix, spec.Name, spec.Scope, ExpiresAt: spec.ExpiresAt, Key: key.Key);
    }

    /// <summary>A stored key, without its text.</summary>
    public static ApiKeyResponse From(ApiKeyInfo key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.Id, key.Prefix, key.Name, key.Scope, key.CreatedAt, key.ExpiresAt, key.RevokedAt);
    }
}
