using System.Buffers.Text;
using System.Security.Cryptography;
using Efactura.Server.Storage.Tenants;
using Microsoft.AspNetCore.Identity;

namespace Efactura.Server.Storage.Users;

/// <summary>
/// Dashboard users: created with a one-time link to set their password (only the link's SHA-256 is stored), passwords
/// hashed with ASP.NET Core's <see cref="PasswordHasher{TUser}"/>, failed sign-ins counted in the database and a lockout
/// after <see cref="LockoutPolicy.MaxFailedSignIns"/> of them, the time from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class UserRepository(Database database, TimeProvider time, LockoutPolicy policy)
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinPasswordLength = 10;

    private const string Columns = "id, tenant_id, email, role, password_hash, locked_until, created_at, last_sign_in_at, disabled_at";

    // The condition under which the tenant keeps an enabled owner other than @id: the last one is never demoted,
    // disabled or deleted (checked in the changing statement itself).
    private const string AnotherOwner =
        "EXISTS (SELECT 1 FROM dashboard_users o WHERE o.tenant_id = @tenant AND o.id <> @id AND o.role = 'owner' AND o.disabled_at IS NULL)";

    private static readonly PasswordHasher<DashboardUser> Hasher = new();

    // Verified against when the email is unknown, so an unknown email costs the same time as a wrong password.
    private static readonly string DecoyHash = Hasher.HashPassword(null!, "decoy password of no user");

    /// <summary>The email as stored: trimmed, lower case; null when it is not an email address.</summary>
    public static string? NormalizeEmail(string? email)
    {
        var trimmed = email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254) return null;
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == trimmed.LastIndexOf('@') && at < trimmed.Length - 1 && !trimmed.Any(char.IsWhiteSpace) ? trimmed : null;
    }

    /// <summary>
    /// Creates a user without a password and a one-time link to set it; null when the email is taken or a company is
    /// not the tenant's. <paramref name="companyIds"/> apply to an accountant only.
    /// </summary>
    /// <exception cref="ArgumentException">The email is not an email address.</exception>
    public async Task<IssuedSignInLink?> CreateAsync(
        Guid tenantId, string email, DashboardRole role, IReadOnlyCollection<Guid> companyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(companyIds);
        var normalized = NormalizeEmail(email) ?? throw new ArgumentException($"'{email}' is not an email address", nameof(email));
        var now = time.GetUtcNow();
        var link = NewLink(now);
        var id = StorageIds.New(time);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var inserted = await session.ExecuteAsync(
            """
            INSERT INTO dashboard_users (id, tenant_id, email, role, failed_sign_ins, link_hash, link_expires_at, created_at, updated_at)
            VALUES (@id, @tenant, @email, @role, 0, @link, @linkExpires, @now, @now)
            ON CONFLICT (email) DO NOTHING
            """,
            cancellationToken, ("id", id), ("tenant", tenantId), ("email", normalized), ("role", role),
            ("link", ApiKeys.Hash(link.Token)), ("linkExpires", link.ExpiresAt), ("now", now)).ConfigureAwait(false);
        if (inserted != 1) return null;
        if (role == DashboardRole.Accountant && !await AssignAsync(session, tenantId, id, companyIds, cancellationToken).ConfigureAwait(false)) return null;
        var user = await GetAsync(session, id, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new IssuedSignInLink(user!, link);
    }

    /// <summary>The user, or null.</summary>
    public async Task<DashboardUser?> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await GetAsync(session, userId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The tenant's user with this email, or null.</summary>
    public async Task<DashboardUser?> FindAsync(Guid tenantId, string email, CancellationToken cancellationToken)
    {
        var normalized = NormalizeEmail(email);
        if (normalized is null) return null;
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var id = await session.QuerySingleAsync(
            "SELECT id FROM dashboard_users WHERE tenant_id = @tenant AND email = @email",
            row => (object)row.Guid("id"), cancellationToken, ("tenant", tenantId), ("email", normalized)).ConfigureAwait(false);
        return id is Guid userId ? await GetAsync(session, userId, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>True when a user of any tenant has this email (emails are unique across the server).</summary>
    public async Task<bool> EmailTakenAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = NormalizeEmail(email);
        if (normalized is null) return false;
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.ScalarAsync("SELECT 1 FROM dashboard_users WHERE email = @email", cancellationToken, ("email", normalized)).ConfigureAwait(false) is not null;
    }

    /// <summary>The tenant's users, oldest first.</summary>
    public async Task<IReadOnlyList<DashboardUser>> ListAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        var users = await session.QueryAsync(
            $"SELECT {Columns} FROM dashboard_users WHERE tenant_id = @tenant ORDER BY id", row => Read(row, []), cancellationToken, ("tenant", tenantId))
            .ConfigureAwait(false);
        var assignments = (await session.QueryAsync(
                """
                SELECT a.user_id, a.company_id FROM dashboard_user_companies a JOIN dashboard_users u ON u.id = a.user_id
                WHERE u.tenant_id = @tenant ORDER BY a.company_id
                """,
                row => (User: row.Guid("user_id"), Company: row.Guid("company_id")), cancellationToken, ("tenant", tenantId)).ConfigureAwait(false))
            .ToLookup(a => a.User, a => a.Company);
        return [.. users.Select(u => u with { CompanyIds = [.. assignments[u.Id]] })];
    }

    /// <summary>
    /// A new one-time link for the tenant's user: the old password stops working, failures and lockout are cleared.
    /// Null when the tenant has no such user.
    /// </summary>
    public async Task<IssuedSignInLink?> ResetAsync(Guid tenantId, string email, CancellationToken cancellationToken)
    {
        var normalized = NormalizeEmail(email);
        if (normalized is null) return null;
        var now = time.GetUtcNow();
        var link = NewLink(now);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var id = await session.QuerySingleAsync(
            """
            UPDATE dashboard_users SET password_hash = NULL, failed_sign_ins = 0, locked_until = NULL, link_hash = @link,
                link_expires_at = @linkExpires, updated_at = @now
            WHERE tenant_id = @tenant AND email = @email
            RETURNING id
            """,
            row => (object)row.Guid("id"), cancellationToken,
            ("link", ApiKeys.Hash(link.Token)), ("linkExpires", link.ExpiresAt), ("now", now), ("tenant", tenantId), ("email", normalized)).ConfigureAwait(false);
        if (id is not Guid userId) return null;
        var user = await GetAsync(session, userId, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new IssuedSignInLink(user!, link);
    }

    /// <summary>The user a working (unused, unexpired) link belongs to, or null.</summary>
    public async Task<DashboardUser?> FindByLinkAsync(string linkToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(linkToken)) return null;
        await using var session = await SqlSession.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        return await session.QuerySingleAsync(
            $"SELECT {Columns} FROM dashboard_users WHERE link_hash = @link AND link_expires_at > @now",
            row => Read(row, []), cancellationToken, ("link", ApiKeys.Hash(linkToken)), ("now", time.GetUtcNow())).ConfigureAwait(false);
    }

    /// <summary>
    /// Sets the password of the user a working link belongs to and uses the link up; null when the link is unknown,
    /// used or expired.
    /// </summary>
    /// <exception cref="ArgumentException">The password is shorter than <see cref="MinPasswordLength"/>.</exception>
    public async Task<DashboardUser?> SetPasswordAsync(string linkToken, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < MinPasswordLength) throw new ArgumentException($"a password has at least {MinPasswordLength} characters", nameof(password));
        if (string.IsNullOrEmpty(linkToken)) return null;
        var now = time.GetUtcNow();
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var id = await session.QuerySingleAsync(
            """
            UPDATE dashboard_users SET password_hash = @hash, link_hash = NULL, link_expires_at = NULL, failed_sign_ins = 0, locked_until = NULL,
                updated_at = @now
            WHERE link_hash = @link AND link_expires_at > @now
            RETURNING id
            """,
            row => (object)row.Guid("id"), cancellationToken,
            ("hash", Hasher.HashPassword(null!, password)), ("now", now), ("link", ApiKeys.Hash(linkToken))).ConfigureAwait(false);
        if (id is not Guid userId) return null;
        var user = await GetAsync(session, userId, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return user;
    }

    /// <summary>
    /// Checks <paramref name="email"/> and <paramref name="password"/>. A failure is counted in the database; the
    /// <see cref="LockoutPolicy.MaxFailedSignIns"/>th in a row locks the user for <see cref="LockoutPolicy.Lockout"/>,
    /// during which even the right password is refused. A success clears the count.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var normalized = NormalizeEmail(email);
        var now = time.GetUtcNow();
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var found = normalized is null ? null : await session.QuerySingleAsync(
            $"SELECT {Columns} FROM dashboard_users WHERE email = @email",
            row => new StoredUser(Read(row, []), row.NullableString("password_hash")), cancellationToken, ("email", normalized)).ConfigureAwait(false);
        if (found is null)
        {
            Hasher.VerifyHashedPassword(null!, DecoyHash, password ?? "");
            return new SignInResult(SignInOutcome.Refused, null);
        }
        var (user, hash) = found;
        if (!user.Enabled)
        {
            // Disabled by an owner: refused like a wrong password, and the password is not checked.
            Hasher.VerifyHashedPassword(null!, DecoyHash, password ?? "");
            return new SignInResult(SignInOutcome.Refused, null);
        }
        if (user.LockedUntil is { } until && until > now) return new SignInResult(SignInOutcome.LockedOut, null);

        var verdict = hash is null ? PasswordVerificationResult.Failed : Hasher.VerifyHashedPassword(user, hash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            var locked = await session.QueryAsync(
                """
                UPDATE dashboard_users SET
                    locked_until = CASE WHEN failed_sign_ins + 1 >= @max THEN @until ELSE locked_until END,
                    failed_sign_ins = CASE WHEN failed_sign_ins + 1 >= @max THEN 0 ELSE failed_sign_ins + 1 END,
                    updated_at = @now
                WHERE id = @id
                RETURNING locked_until
                """,
                row => row.NullableTime("locked_until"), cancellationToken,
                ("max", policy.MaxFailedSignIns), ("until", now + policy.Lockout), ("now", now), ("id", user.Id)).ConfigureAwait(false);
            await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new SignInResult(locked is [{ } lockedUntil] && lockedUntil > now ? SignInOutcome.LockedOut : SignInOutcome.Refused, null);
        }
        var rehash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(user, password!) : null;
        await session.ExecuteAsync(
            """
            UPDATE dashboard_users SET failed_sign_ins = 0, locked_until = NULL, password_hash = COALESCE(@rehash, password_hash), last_sign_in_at = @now
            WHERE id = @id
            """,
            cancellationToken, ("rehash", rehash), ("now", now), ("id", user.Id)).ConfigureAwait(false);
        var signedIn = await GetAsync(session, user.Id, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new SignInResult(SignInOutcome.SignedIn, signedIn);
    }

    /// <summary>
    /// Replaces the companies assigned to the tenant's user; false when the user or a company is not the tenant's
    /// (nothing changes then).
    /// </summary>
    public async Task<bool> AssignCompaniesAsync(Guid tenantId, Guid userId, IReadOnlyCollection<Guid> companyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(companyIds);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        if (await session.ScalarAsync("SELECT 1 FROM dashboard_users WHERE tenant_id = @tenant AND id = @id", cancellationToken, ("tenant", tenantId), ("id", userId))
                .ConfigureAwait(false) is null) return false;
        await session.ExecuteAsync("DELETE FROM dashboard_user_companies WHERE user_id = @id", cancellationToken, ("id", userId)).ConfigureAwait(false);
        if (!await AssignAsync(session, tenantId, userId, companyIds, cancellationToken).ConfigureAwait(false)) return false;
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Changes the tenant's user's role and (for an accountant) assigned companies. Refused (<see cref="UserChangeOutcome.LastOwner"/>)
    /// when it would leave the tenant without an enabled owner; <see cref="UserChangeOutcome.Missing"/> when the user or a
    /// company is not the tenant's (nothing changes then).
    /// </summary>
    public async Task<UserChange> ChangeRoleAsync(
        Guid tenantId, Guid userId, DashboardRole role, IReadOnlyCollection<Guid> companyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(companyIds);
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var changed = await session.ExecuteAsync(
            $"""
            UPDATE dashboard_users SET role = @role, updated_at = @now
            WHERE tenant_id = @tenant AND id = @id AND (@role = 'owner' OR role <> 'owner' OR disabled_at IS NOT NULL OR {AnotherOwner})
            """,
            cancellationToken, ("role", role), ("now", time.GetUtcNow()), ("tenant", tenantId), ("id", userId)).ConfigureAwait(false);
        if (changed != 1) return await RefusalAsync(session, tenantId, userId, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync("DELETE FROM dashboard_user_companies WHERE user_id = @id", cancellationToken, ("id", userId)).ConfigureAwait(false);
        if (role == DashboardRole.Accountant && !await AssignAsync(session, tenantId, userId, companyIds, cancellationToken).ConfigureAwait(false))
            return new UserChange(UserChangeOutcome.Missing, null);
        var user = await GetAsync(session, userId, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new UserChange(UserChangeOutcome.Changed, user);
    }

    /// <summary>
    /// Disables the tenant's user (no sign-in, the session ends at its next request) or enables them again; disabling
    /// the last enabled owner is refused.
    /// </summary>
    public async Task<UserChange> SetDisabledAsync(Guid tenantId, Guid userId, bool disabled, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var changed = await session.ExecuteAsync(
            disabled
                ? $"""
                  UPDATE dashboard_users SET disabled_at = COALESCE(disabled_at, @now), updated_at = @now
                  WHERE tenant_id = @tenant AND id = @id AND (role <> 'owner' OR disabled_at IS NOT NULL OR {AnotherOwner})
                  """
                : "UPDATE dashboard_users SET disabled_at = NULL, updated_at = @now WHERE tenant_id = @tenant AND id = @id",
            cancellationToken, ("now", time.GetUtcNow()), ("tenant", tenantId), ("id", userId)).ConfigureAwait(false);
        if (changed != 1) return await RefusalAsync(session, tenantId, userId, cancellationToken).ConfigureAwait(false);
        var user = await GetAsync(session, userId, cancellationToken).ConfigureAwait(false);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new UserChange(UserChangeOutcome.Changed, user);
    }

    /// <summary>Deletes the tenant's user and their assignments; deleting the last enabled owner is refused.</summary>
    public async Task<UserChange> DeleteAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken)
    {
        await using var session = await SqlSession.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var user = await GetAsync(session, userId, cancellationToken).ConfigureAwait(false);
        if (user is null || user.TenantId != tenantId) return new UserChange(UserChangeOutcome.Missing, null);
        await session.ExecuteAsync("DELETE FROM dashboard_user_companies WHERE user_id = @id", cancellationToken, ("id", userId)).ConfigureAwait(false);
        var deleted = await session.ExecuteAsync(
            $"DELETE FROM dashboard_users WHERE tenant_id = @tenant AND id = @id AND (role <> 'owner' OR disabled_at IS NOT NULL OR {AnotherOwner})",
            cancellationToken, ("tenant", tenantId), ("id", userId)).ConfigureAwait(false);
        // Rolled back (the assignments too) when refused: the session ends without a commit.
        if (deleted != 1) return new UserChange(UserChangeOutcome.LastOwner, user);
        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new UserChange(UserChangeOutcome.Changed, user);
    }

    // Why a guarded statement changed nothing: the tenant has no such user, or it is the last enabled owner.
    private static async Task<UserChange> RefusalAsync(SqlSession session, Guid tenantId, Guid userId, CancellationToken cancellationToken)
    {
        var user = await GetAsync(session, userId, cancellationToken).ConfigureAwait(false);
        return user is null || user.TenantId != tenantId
            ? new UserChange(UserChangeOutcome.Missing, null)
            : new UserChange(UserChangeOutcome.LastOwner, user);
    }

    private static async Task<bool> AssignAsync(SqlSession session, Guid tenantId, Guid userId, IReadOnlyCollection<Guid> companyIds, CancellationToken cancellationToken)
    {
        foreach (var company in companyIds.Distinct())
        {
            var inserted = await session.ExecuteAsync(
                """
                INSERT INTO dashboard_user_companies (user_id, company_id)
                SELECT @user, id FROM companies WHERE tenant_id = @tenant AND id = @company
                """,
                cancellationToken, ("user", userId), ("tenant", tenantId), ("company", company)).ConfigureAwait(false);
            if (inserted != 1) return false;
        }
        return true;
    }

    private SignInLink NewLink(DateTimeOffset now) => new(Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)), now + policy.LinkLifetime);

    private static async Task<DashboardUser?> GetAsync(SqlSession session, Guid userId, CancellationToken cancellationToken)
    {
        var user = await session.QuerySingleAsync(
            $"SELECT {Columns} FROM dashboard_users WHERE id = @id", row => Read(row, []), cancellationToken, ("id", userId)).ConfigureAwait(false);
        if (user is not { Role: DashboardRole.Accountant }) return user;
        var companies = await session.QueryAsync(
            "SELECT company_id FROM dashboard_user_companies WHERE user_id = @id ORDER BY company_id", row => row.Guid("company_id"), cancellationToken,
            ("id", userId)).ConfigureAwait(false);
        return user with { CompanyIds = companies };
    }

    private sealed record StoredUser(DashboardUser User, string? Hash);

    private static DashboardUser Read(SqlRow row, IReadOnlyList<Guid> companies) => new(
        row.Guid("id"), row.Guid("tenant_id"), row.String("email"), row.Enum<DashboardRole>("role"), !row.IsNull("password_hash"),
        row.NullableTime("locked_until"), row.Time("created_at"), companies, row.NullableTime("last_sign_in_at"), row.NullableTime("disabled_at"));
}
