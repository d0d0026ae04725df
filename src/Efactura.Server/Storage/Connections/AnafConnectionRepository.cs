using Efactura.Server.Storage.Secrets;

namespace Efactura.Server.Storage.Connections;

/// <summary>
/// ANAF OAuth connections, one per company. Tokens are stored encrypted (<see cref="SecretProtector"/>) and
/// replaced only together, by compare-and-set on <see cref="AnafConnection.TokenVersion"/>, so two refreshers
/// can never store different pairs and lose one (ANAF rotates both tokens on every refresh).
/// </summary>
public sealed partial class AnafConnectionRepository(Database database, SecretProtector protector, TimeProvider time)
{
    internal const string Columns =
        "company_id, tenant_id, status, access_expires_at, refresh_expires_at, token_version, last_error, connected_at, updated_at";

    /// <summary>
    /// Stores the pair from a (new) OAuth consent and makes the connection active; null when the tenant has no
    /// such company.
    /// </summary>
    public async Task<AnafConnection?> ConnectAsync(Guid tenantId, Guid companyId, AnafTokens tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var now = time.GetUtcNow();
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"""
            INSERT INTO anaf_connections (company_id, tenant_id, access_token, refresh_token, access_expires_at, refresh_expires_at,
                token_version, status, connected_at, updated_at)
            SELECT id, tenant_id, @access, @refresh, @accessExpires, @refreshExpires, 1, 'active', @now, @now
            FROM companies WHERE tenant_id = @tenant AND id = @company
            ON CONFLICT (company_id) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token,
                access_expires_at = excluded.access_expires_at, refresh_expires_at = excluded.refresh_expires_at,
                token_version = anaf_connections.token_version + 1, status = 'active', last_error = NULL,
                connected_at = excluded.connected_at, updated_at = excluded.updated_at
            RETURNING {Columns}
            """,
            Read, cancellationToken,
            [.. TokenArgs(companyId, tokens), ("now", now), ("tenant", tenantId), ("company", companyId)]).ConfigureAwait(false);
    }

    /// <summary>The connection's state, or null when the company has none (or is another tenant's).</summary>
    public async Task<AnafConnection?> GetAsync(Guid tenantId, Guid companyId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {Columns} FROM anaf_connections WHERE tenant_id = @tenant AND company_id = @company",
            Read, cancellationToken, ("tenant", tenantId), ("company", companyId)).ConfigureAwait(false);
    }

    /// <summary>The connection with its decrypted tokens, or null.</summary>
    public async Task<AnafCredentials?> GetCredentialsAsync(Guid tenantId, Guid companyId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {Columns}, access_token, refresh_token FROM anaf_connections WHERE tenant_id = @tenant AND company_id = @company",
            row =>
            {
                var connection = Read(row);
                var tokens = new AnafTokens(
                    protector.Unprotect(row.Bytes("access_token"), AccessPurpose(companyId)),
                    protector.Unprotect(row.Bytes("refresh_token"), RefreshPurpose(companyId)),
                    connection.AccessExpiresAt,
                    connection.RefreshExpiresAt);
                return new AnafCredentials(connection, tokens);
            },
            cancellationToken, ("tenant", tenantId), ("company", companyId)).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces the pair after a refresh, only if nobody replaced it since <paramref name="expectedVersion"/>
    /// was read; releases the refresher's claim. False when the version moved on (the caller's pair is stale).
    /// </summary>
    public async Task<bool> RotateAsync(Guid tenantId, Guid companyId, int expectedVersion, AnafTokens tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE anaf_connections SET access_token = @access, refresh_token = @refresh, access_expires_at = @accessExpires,
                refresh_expires_at = @refreshExpires, token_version = token_version + 1, status = 'active', last_error = NULL,
                claimed_by = NULL, claimed_until = NULL, updated_at = @now
            WHERE tenant_id = @tenant AND company_id = @company AND token_version = @expected
            """,
            cancellationToken,
            [.. TokenArgs(companyId, tokens), ("now", time.GetUtcNow()), ("tenant", tenantId), ("company", companyId), ("expected", expectedVersion)])
            .ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Claims active connections whose access token expires within <paramref name="horizon"/>, for the token
    /// refresher (across tenants; one refresher per connection at a time across nodes).
    /// </summary>
    public async Task<IReadOnlyList<AnafConnection>> ClaimExpiringAsync(TimeSpan horizon, string claimer, TimeSpan lease, int max, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var args = ClaimSql.Args(claimer, now, lease, max);
        args.Add(("horizon", now + horizon));
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var claimed = await session.QueryAsync(
            ClaimSql.Build(session.Dialect, "anaf_connections", "company_id", "status = 'active' AND access_expires_at <= @horizon", "access_expires_at, company_id", Columns),
            Read, cancellationToken, [.. args]).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return claimed;
    }

    /// <summary>
    /// Records a failed refresh and releases the claim. With <paramref name="expired"/> the connection is marked
    /// expired (ANAF refused the refresh token: the company must connect again). False when the claim was lost.
    /// </summary>
    public async Task<bool> RecordRefreshFailureAsync(Guid tenantId, Guid companyId, string claimer, string error, bool expired, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE anaf_connections SET last_error = @error, status = CASE WHEN @expired THEN 'expired' ELSE status END,
                claimed_by = NULL, claimed_until = NULL, updated_at = @now
            WHERE tenant_id = @tenant AND company_id = @company AND claimed_by = @claimer
            """,
            cancellationToken,
            ("error", error), ("expired", expired), ("now", time.GetUtcNow()), ("tenant", tenantId), ("company", companyId), ("claimer", claimer))
            .ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// Records that ANAF (or the simulator) refused the connection's access token: the connection is marked expired with
    /// <paramref name="error"/>, so the API shows that the company must connect again instead of "active". False when
    /// it was not active (already marked, or disconnected).
    /// </summary>
    public async Task<bool> RecordRefusedAsync(Guid tenantId, Guid companyId, string error, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(error);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            """
            UPDATE anaf_connections SET last_error = @error, status = 'expired', updated_at = @now
            WHERE tenant_id = @tenant AND company_id = @company AND status = 'active'
            """,
            cancellationToken, ("error", error), ("now", time.GetUtcNow()), ("tenant", tenantId), ("company", companyId)).ConfigureAwait(false) == 1;
    }

    /// <summary>Disconnects: the tokens are deleted. False when there was no connection.</summary>
    public async Task<bool> DisconnectAsync(Guid tenantId, Guid companyId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ExecuteAsync(
            "DELETE FROM anaf_connections WHERE tenant_id = @tenant AND company_id = @company",
            cancellationToken, ("tenant", tenantId), ("company", companyId)).ConfigureAwait(false) == 1;
    }

    private SqlArg[] TokenArgs(Guid companyId, AnafTokens tokens) =>
    [
        ("access", protector.Protect(tokens.AccessToken, AccessPurpose(companyId))),
        ("refresh", protector.Protect(tokens.RefreshToken, RefreshPurpose(companyId))),
        ("accessExpires", tokens.AccessExpiresAt),
        ("refreshExpires", tokens.RefreshExpiresAt),
    ];

    private static string AccessPurpose(Guid companyId) => $"anaf-access:{companyId:D}";

    private static string RefreshPurpose(Guid companyId) => $"anaf-refresh:{companyId:D}";

    internal static AnafConnection Read(SqlRow row) => new(
        row.Guid("company_id"),
        row.Guid("tenant_id"),
        row.Enum<ConnectionStatus>("status"),
        row.Time("access_expires_at"),
        row.Time("refresh_expires_at"),
        row.Int("token_version"),
        row.NullableString("last_error"),
        row.Time("connected_at"),
        row.Time("updated_at"));
}
