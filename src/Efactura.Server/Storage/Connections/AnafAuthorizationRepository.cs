using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Efactura.Server.Storage.Connections;

/// <summary>
/// The one-time values of the ANAF OAuth connection: the <c>state</c> of each authorize redirect (which tenant's
/// company the callback's code is for) and token links for another device. Values are 256 random bits handed out
/// once; only their SHA-256 is stored, and each is spent by a conditional update, so two callbacks racing with the
/// same state cannot both succeed.
/// </summary>
public sealed class AnafAuthorizationRepository(Database database, TimeProvider time)
{
    /// <summary>Spent and expired values are kept this long (so a replay is told "already used"), then purged.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    private const string LinkColumns = "id, tenant_id, company_id, expires_at, used_at, created_at";

    /// <summary>
    /// A new state for an authorize redirect that connects <paramref name="companyId"/>; null when the tenant has
    /// no such company.
    /// </summary>
    /// <param name="tenantId">The tenant.</param>
    /// <param name="companyId">The company to connect.</param>
    /// <param name="redirectUri">The redirect_uri the authorize request names.</param>
    /// <param name="tokenLinkId">The token link the consent starts from, if any.</param>
    /// <param name="lifetime">How long the holder has to log in at ANAF.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<OneTimeSecret?> CreateStateAsync(
        Guid tenantId, Guid companyId, string redirectUri, Guid? tokenLinkId, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(redirectUri);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var secret = NewSecret(now + lifetime);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await PurgeAsync(session, now, cancellationToken).ConfigureAwait(false);
        var inserted = await session.ExecuteAsync(
            """
            INSERT INTO anaf_oauth_states (id, tenant_id, company_id, state_hash, redirect_uri, token_link_id, expires_at, created_at)
            SELECT @id, tenant_id, id, @hash, @redirect, @link, @expires, @now FROM companies WHERE tenant_id = @tenant AND id = @company
            """,
            cancellationToken,
            ("id", StorageIds.New(time)), ("hash", Hash(secret.Value)), ("redirect", redirectUri), ("link", tokenLinkId),
            ("expires", secret.ExpiresAt), ("now", now), ("tenant", tenantId), ("company", companyId)).ConfigureAwait(false);
        if (inserted == 0) return null;
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return secret;
    }

    /// <summary>
    /// Spends the state the callback brought back. When the consent started from a token link, the link is spent
    /// in the same transaction; a link spent already makes the whole redemption fail (<see cref="OneTimeCheck.LinkUsed"/>).
    /// </summary>
    public async Task<StateRedemption> RedeemStateAsync(string state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = time.GetUtcNow();
        var hash = Hash(state);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var pending = await session.QuerySingleAsync(
            """
            UPDATE anaf_oauth_states SET used_at = @now
            WHERE state_hash = @hash AND used_at IS NULL AND expires_at > @now
            RETURNING tenant_id, company_id, redirect_uri, token_link_id
            """,
            row => new PendingAuthorization(row.Guid("tenant_id"), row.Guid("company_id"), row.String("redirect_uri"), row.NullableGuid("token_link_id")),
            cancellationToken, ("now", now), ("hash", hash)).ConfigureAwait(false);
        if (pending is null)
        {
            var why = await WhyNotAsync(session, "anaf_oauth_states", "state_hash", hash, cancellationToken).ConfigureAwait(false);
            return new StateRedemption(why, null);
        }
        if (pending.TokenLinkId is { } linkId && await session.ExecuteAsync(
                "UPDATE anaf_token_links SET used_at = @now WHERE id = @id AND used_at IS NULL",
                cancellationToken, ("now", now), ("id", linkId)).ConfigureAwait(false) == 0)
            return new StateRedemption(OneTimeCheck.LinkUsed, null);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new StateRedemption(OneTimeCheck.Valid, pending);
    }

    /// <summary>A new token link for <paramref name="companyId"/>; null when the tenant has no such company.</summary>
    public async Task<OneTimeSecret?> CreateTokenLinkAsync(Guid tenantId, Guid companyId, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var secret = NewSecret(now + lifetime);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await PurgeAsync(session, now, cancellationToken).ConfigureAwait(false);
        var inserted = await session.ExecuteAsync(
            """
            INSERT INTO anaf_token_links (id, tenant_id, company_id, link_hash, expires_at, created_at)
            SELECT @id, tenant_id, id, @hash, @expires, @now FROM companies WHERE tenant_id = @tenant AND id = @company
            """,
            cancellationToken,
            ("id", StorageIds.New(time)), ("hash", Hash(secret.Value)), ("expires", secret.ExpiresAt), ("now", now),
            ("tenant", tenantId), ("company", companyId)).ConfigureAwait(false);
        if (inserted == 0) return null;
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return secret;
    }

    /// <summary>
    /// Looks a token link up when someone opens it. Opening does not spend it (the certificate login may still
    /// fail); the consent's completion does (<see cref="RedeemStateAsync"/>).
    /// </summary>
    public async Task<TokenLinkCheck> CheckTokenLinkAsync(string linkToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(linkToken);
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var link = await session.QuerySingleAsync(
            $"SELECT {LinkColumns} FROM anaf_token_links WHERE link_hash = @hash",
            row => new TokenLink(row.Guid("id"), row.Guid("tenant_id"), row.Guid("company_id"), row.Time("expires_at"), row.NullableTime("used_at"), row.Time("created_at")),
            cancellationToken, ("hash", Hash(linkToken))).ConfigureAwait(false);
        var check = link switch
        {
            null => OneTimeCheck.Unknown,
            { UsedAt: not null } => OneTimeCheck.Used,
            _ when link.ExpiresAt <= time.GetUtcNow() => OneTimeCheck.Expired,
            _ => OneTimeCheck.Valid,
        };
        return new TokenLinkCheck(check, check == OneTimeCheck.Valid ? link : null);
    }

    private static async Task<OneTimeCheck> WhyNotAsync(SqlSession session, string table, string hashColumn, string hash, CancellationToken cancellationToken)
    {
        var found = await session.QuerySingleAsync(
            $"SELECT used_at FROM {table} WHERE {hashColumn} = @hash",
            row => new { Used = !row.IsNull("used_at") },
            cancellationToken, ("hash", hash)).ConfigureAwait(false);
        return found switch
        {
            null => OneTimeCheck.Unknown,
            { Used: true } => OneTimeCheck.Used,
            _ => OneTimeCheck.Expired,
        };
    }

    // States go first: a link older than the retention has no live state pointing at it (states live minutes).
    private static async Task PurgeAsync(SqlSession session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = now - Retention;
        await session.ExecuteAsync("DELETE FROM anaf_oauth_states WHERE expires_at < @before", cancellationToken, ("before", before)).ConfigureAwait(false);
        await session.ExecuteAsync(
            """
            DELETE FROM anaf_token_links WHERE expires_at < @before
                AND NOT EXISTS (SELECT 1 FROM anaf_oauth_states s WHERE s.token_link_id = anaf_token_links.id)
            """,
            cancellationToken, ("before", before)).ConfigureAwait(false);
    }

    private static OneTimeSecret NewSecret(DateTimeOffset expiresAt) =>
        new(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), SqlDialect.ToMicroseconds(expiresAt));

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
