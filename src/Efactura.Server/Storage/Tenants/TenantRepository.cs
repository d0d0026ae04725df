namespace Efactura.Server.Storage.Tenants;

/// <summary>Tenants and their API keys (only the keys' hashes are stored).</summary>
public sealed class TenantRepository(Database database, TimeProvider time)
{
    private const string KeyColumns = "id, key_prefix, created_at, revoked_at, name, scope, expires_at";

    /// <summary>Creates a tenant and its first API key (full access), in one transaction.</summary>
    public async Task<NewTenant> CreateAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var tenant = new Tenant(StorageIds.New(time), name, SqlDialect.ToMicroseconds(time.GetUtcNow()));
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            "INSERT INTO tenants (id, name, created_at) VALUES (@id, @name, @at)",
            cancellationToken, ("id", tenant.Id), ("name", tenant.Name), ("at", tenant.CreatedAt)).ConfigureAwait(false);
        var key = await InsertKeyAsync(session, tenant.Id, ApiKeySpec.Initial, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The tenants named <paramref name="idOrName"/> (its id, or its name: names need not be unique).</summary>
    public async Task<IReadOnlyList<Tenant>> FindAsync(string idOrName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(idOrName);
        if (Guid.TryParse(idOrName, out var id))
            return await GetAsync(id, cancellationToken).ConfigureAwait(false) is { } tenant ? [tenant] : [];
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync(
            "SELECT id, name, created_at FROM tenants WHERE name = @name ORDER BY id", Read, cancellationToken, ("name", idOrName)).ConfigureAwait(false);
    }

    /// <summary>Every tenant, oldest first.</summary>
    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QueryAsync("SELECT id, name, created_at FROM tenants ORDER BY id", Read, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when at least one tenant exists (start-up creates the development tenant otherwise).</summary>
    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ScalarAsync("SELECT 1 FROM tenants LIMIT 1", cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>The tenant a key belongs to, or null when the key is unknown, revoked or expired.</summary>
    public async Task<Tenant?> AuthenticateAsync(string apiKey, CancellationToken cancellationToken) =>
        (await AuthenticateKeyAsync(apiKey, cancellationToken).ConfigureAwait(false))?.Tenant;

    /// <summary>The tenant and scope of a working key, or null when the key is unknown, revoked or expired.</summary>
    public async Task<ApiKeyAccess?> AuthenticateKeyAsync(string apiKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(apiKey)) return null;
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            """
            SELECT t.id, t.name, t.created_at, k.scope FROM api_keys k JOIN tenants t ON t.id = k.tenant_id
            WHERE k.key_hash = @hash AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > @now)
            """,
            row => new ApiKeyAccess(Read(row), row.Enum<ApiKeyScope>("scope")),
            cancellationToken, ("hash", ApiKeys.Hash(apiKey)), ("now", time.GetUtcNow())).ConfigureAwait(false);
    }

    /// <summary>Issues one more key for the tenant (full access, no expiry).</summary>
    public Task<IssuedApiKey> IssueApiKeyAsync(Guid tenantId, CancellationToken cancellationToken) =>
        IssueApiKeyAsync(tenantId, new ApiKeySpec(), cancellationToken);

    /// <summary>Issues one more key for the tenant, as <paramref name="spec"/> says.</summary>
    public async Task<IssuedApiKey> IssueApiKeyAsync(Guid tenantId, ApiKeySpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var key = await InsertKeyAsync(session, tenantId, spec, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return key;
    }

    /// <summary>
    /// Replaces a working key of the tenant by a new one with the same name, scope and expiry, in one transaction: the
    /// old key stops working as the new one is made. Null when the tenant has no such working key.
    /// </summary>
    public async Task<IssuedApiKey?> RotateApiKeyAsync(Guid tenantId, Guid keyId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var old = await session.QuerySingleAsync(
            $"SELECT {KeyColumns} FROM api_keys WHERE tenant_id = @tenant AND id = @id AND revoked_at IS NULL",
            ReadKey, cancellationToken, ("tenant", tenantId), ("id", keyId)).ConfigureAwait(false);
        if (old is null) return null;
        var revoked = await session.ExecuteAsync(
            "UPDATE api_keys SET revoked_at = @at WHERE tenant_id = @tenant AND id = @id AND revoked_at IS NULL",
            cancellationToken, ("at", time.GetUtcNow()), ("tenant", tenantId), ("id", keyId)).ConfigureAwait(false);
        if (revoked != 1) return null;
        var key = await InsertKeyAsync(session, tenantId, new ApiKeySpec(old.Name, old.Scope, old.ExpiresAt), cancellationToken).ConfigureAwait(false);
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
            $"SELECT {KeyColumns} FROM api_keys WHERE tenant_id = @tenant ORDER BY id",
            ReadKey, cancellationToken, ("tenant", tenantId)).ConfigureAwait(false);
    }

    private async Task<IssuedApiKey> InsertKeyAsync(SqlSession session, Guid tenantId, ApiKeySpec spec, CancellationToken cancellationToken)
    {
        var text = ApiKeys.Generate();
        var key = new IssuedApiKey(StorageIds.New(time), tenantId, text, ApiKeys.PrefixOf(text), spec);
        await session.ExecuteAsync(
            """
            INSERT INTO api_keys (id, tenant_id, key_hash, key_prefix, created_at, name, scope, expires_at)
            VALUES (@id, @tenant, @hash, @prefix, @at, @name, @scope, @expires)
            """,
            cancellationToken,
            ("id", key.Id), ("tenant", tenantId), ("hash", ApiKeys.Hash(text)), ("prefix", key.Prefix), ("at", time.GetUtcNow()),
            ("name", spec.Name), ("scope", StoredName.Of(spec.Scope)), ("expires", spec.ExpiresAt)).ConfigureAwait(false);
        return key;
    }

    private static ApiKeyInfo ReadKey(SqlRow row) => new(
        row.Guid("id"), row.String("key_prefix"), row.Time("created_at"), row.NullableTime("revoked_at"),
        row.String("name"), row.Enum<ApiKeyScope>("scope"), row.NullableTime("expires_at"));

    private static Tenant Read(SqlRow row) => new(row.Guid("id"), row.String("name"), row.Time("created_at"));
}
