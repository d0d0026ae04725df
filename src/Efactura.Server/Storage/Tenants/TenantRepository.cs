namespace Efactura.Server.Storage.Tenants;

/// <summary>Tenants and their API keys.</summary>
public sealed class TenantRepository(Database database, TimeProvider time)
{
    /// <summary>Creates a tenant and its first API key, in one transaction.</summary>
    public async Task<NewTenant> CreateAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var tenant = new Tenant(StorageIds.New(time), name, SqlDialect.ToMicroseconds(time.GetUtcNow()));
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            "INSERT INTO tenants (id, name, created_at) VALUES (@id, @name, @at)",
            cancellationToken, ("id", tenant.Id), ("name", tenant.Name), ("at", tenant.CreatedAt)).ConfigureAwait(false);
        var key = await InsertKeyAsync(session, tenant.Id, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new NewTenant(tenant, key);
    }

    /// <summary>The tenant, or null.</summary>
    public async Task<Tenant?> GetAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            "SELECT id, name, created_at FROM tenants WHERE id = @id", Read, cancellationToken, ("id", tenantId)).ConfigureAwait(false);
    }

    /// <summary>True when at least one tenant exists (start-up creates the development tenant otherwise).</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ScalarAsync("SELECT 1 FROM tenants LIMIT 1", cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>The tenant a key belongs to, or null when the key is unknown or revoked.</summary>
    public async Task<Tenant?> AuthenticateAsync(string apiKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(apiKey)) return null;
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            """
            SELECT t.id, t.name, t.created_at FROM api_keys k JOIN tenants t ON t.id = k.tenant_id
            WHERE k.key_hash = @hash AND k.revoked_at IS NULL
            """,
            Read, cancellationToken, ("hash", ApiKeys.Hash(apiKey))).ConfigureAwait(false);
    }

    /// <summary>Issues one more key for the tenant (to rotate keys without downtime).</summary>
    public async Task<IssuedApiKey> IssueApiKeyAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var key = await InsertKeyAsync(session, tenantId, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return key;
    }

    /// <summary>Revokes a key of the tenant; false when the tenant has no such working key.</summary>
    public async Task<bool> RevokeApiKeyAsync(Guid tenantId, Guid keyId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            "UPDATE api_keys SET revoked_at = @at WHERE tenant_id = @tenant AND id = @id AND revoked_at IS NULL",
            cancellationToken, ("at", time.GetUtcNow()), ("tenant", tenantId), ("id", keyId)).ConfigureAwait(false) == 1;
    }

    /// <summary>The tenant's keys (prefixes only), oldest first.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListApiKeysAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(
            "SELECT id, key_prefix, created_at, revoked_at FROM api_keys WHERE tenant_id = @tenant ORDER BY id",
            row => new ApiKeyInfo(row.Guid("id"), row.String("key_prefix"), row.Time("created_at"), row.NullableTime("revoked_at")),
            cancellationToken, ("tenant", tenantId)).ConfigureAwait(false);
    }

    private async Task<IssuedApiKey> InsertKeyAsync(SqlSession session, Guid tenantId, CancellationToken cancellationToken)
    {
        var text = ApiKeys.Generate();
        var key = new IssuedApiKey(StorageIds.New(time), tenantId, text, ApiKeys.PrefixOf(text));
        await session.ExecuteAsync(
            "INSERT INTO api_keys (id, tenant_id, key_hash, key_prefix, created_at) VALUES (@id, @tenant, @hash, @prefix, @at)",
            cancellationToken,
            ("id", key.Id), ("tenant", tenantId), ("hash", ApiKeys.Hash(text)), ("prefix", key.Prefix), ("at", time.GetUtcNow())).ConfigureAwait(false);
        return key;
    }

    private static Tenant Read(SqlRow row) => new(row.Guid("id"), row.String("name"), row.Time("created_at"));
}
