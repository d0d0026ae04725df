using Efactura.Core.Findings;
using Efactura.Core.Json;
using Efactura.Server.Dashboard;
using Efactura.Server.Storage.Users;

namespace Efactura.Server.Application.Users;

/// <summary>
/// The tenant's dashboard users, for the server's <c>users</c> command and the owner's <c>/app/users</c> page alike:
/// list, create and reset with a one-time set-password link (printed or shown once, no mail server), change role and
/// assigned companies, disable, enable, delete. The tenant never loses its last enabled owner: demoting, disabling or
/// deleting them is refused (<see cref="LastOwnerReason"/>), checked in the same statement that would change them.
/// </summary>
public sealed class UserAdministration(UserRepository users, DashboardOptions options, IConfiguration configuration)
{
    /// <summary>The refusal's reason when the change would leave the tenant without an enabled owner.</summary>
    public const string LastOwnerReason = "last-owner";

    /// <summary>The refusal's reason when the email has a user already (emails are unique across the server).</summary>
    public const string EmailTakenReason = "email-taken";

    /// <summary>The tenant's users, oldest first, with their assigned companies.</summary>
    public Task<IReadOnlyList<DashboardUser>> ListAsync(Guid tenantId, CancellationToken cancellationToken) => users.ListAsync(tenantId, cancellationToken);

    /// <summary>The tenant's user, or null.</summary>
    public async Task<DashboardUser?> GetAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(userId, cancellationToken).ConfigureAwait(false);
        return user?.TenantId == tenantId ? user : null;
    }

    /// <summary>
    /// Creates a user without a password and the link to set it. Refused when the email is not one (<c>/email</c>),
    /// is taken, or a company is not the tenant's (<c>/companies</c>); companies apply to an accountant only.
    /// </summary>
    public async Task<Outcome<IssuedUserLink>> CreateAsync(
        Guid tenantId, string? email, DashboardRole role, IReadOnlyCollection<Guid> companyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(companyIds);
        var findings = new List<Finding>();
        if (UserRepository.NormalizeEmail(email) is null)
            findings.Add(FieldFinding.Fatal(JsonErrorCodes.Format, "/email", $"'{email}' is not an email address.", "Send the person's email, e.g. ana@firma.ro."));
        if (!Enum.IsDefined(role))
            findings.Add(FieldFinding.Fatal(JsonErrorCodes.Format, "/role", $"role {(int)role} is unknown.", "Send owner, accountant or viewer."));
        if (findings.Count > 0) return Invalid(findings);

        var assigned = role == DashboardRole.Accountant ? companyIds : [];
        var created = await users.CreateAsync(tenantId, email!, role, assigned, cancellationToken).ConfigureAwait(false);
        if (created is not null) return Issued(created);
        // Nothing was stored: the email is taken (by any tenant), or a company is not this tenant's.
        var normalized = UserRepository.NormalizeEmail(email)!;
        if (await users.EmailTakenAsync(normalized, cancellationToken).ConfigureAwait(false))
            return new Refusal.Conflict(EmailTakenReason, $"{normalized} is taken already: it has a user.");
        return Invalid([UnknownCompany()]);
    }

    /// <summary>A new one-time link for the tenant's user: their password stops working, a lockout is lifted.</summary>
    public async Task<Outcome<IssuedUserLink>> ResetAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken)
    {
        var user = await GetAsync(tenantId, userId, cancellationToken).ConfigureAwait(false);
        if (user is null) return Missing(userId);
        var reset = await users.ResetAsync(tenantId, user.Email, cancellationToken).ConfigureAwait(false);
        return reset is null ? Missing(userId) : Issued(reset);
    }

    /// <summary>A new one-time link for the tenant's user named by email (the <c>users reset</c> command).</summary>
    public async Task<Outcome<IssuedUserLink>> ResetAsync(Guid tenantId, string email, CancellationToken cancellationToken)
    {
        var reset = await users.ResetAsync(tenantId, email, cancellationToken).ConfigureAwait(false);
        return reset is null ? new Refusal.Missing($"The tenant has no user {email}.") : Issued(reset);
    }

    /// <summary>Changes the user's role and (for an accountant) assigned companies; the last enabled owner keeps the role.</summary>
    public async Task<Outcome<DashboardUser>> ChangeAsync(
        Guid tenantId, Guid userId, DashboardRole role, IReadOnlyCollection<Guid> companyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(companyIds);
        if (!Enum.IsDefined(role))
            return Invalid([FieldFinding.Fatal(JsonErrorCodes.Format, "/role", $"role {(int)role} is unknown.", "Send owner, accountant or viewer.")]);
        var change = await users.ChangeRoleAsync(tenantId, userId, role, role == DashboardRole.Accountant ? companyIds : [], cancellationToken).ConfigureAwait(false);
        if (change.Outcome == UserChangeOutcome.Missing && await GetAsync(tenantId, userId, cancellationToken).ConfigureAwait(false) is not null)
            return Invalid([UnknownCompany()]);
        return Result(change, userId);
    }

    /// <summary>Disables the user (no sign-in; the session ends at its next request) or enables them again.</summary>
    public async Task<Outcome<DashboardUser>> SetDisabledAsync(Guid tenantId, Guid userId, bool disabled, CancellationToken cancellationToken) =>
        Result(await users.SetDisabledAsync(tenantId, userId, disabled, cancellationToken).ConfigureAwait(false), userId);

    /// <summary>Deletes the user; the deleted user is the result.</summary>
    public async Task<Outcome<DashboardUser>> DeleteAsync(Guid tenantId, Guid userId, CancellationToken cancellationToken) =>
        Result(await users.DeleteAsync(tenantId, userId, cancellationToken).ConfigureAwait(false), userId);

    private IssuedUserLink Issued(IssuedSignInLink issued) =>
        new(issued.User, DashboardLinks.SetPassword(DashboardLinks.PublicRoot(options, configuration), issued.Link), issued.Link.ExpiresAt);

    private static Outcome<DashboardUser> Result(UserChange change, Guid userId) => change.Outcome switch
    {
        UserChangeOutcome.Changed => change.User!,
        UserChangeOutcome.LastOwner => new Refusal.Conflict(LastOwnerReason,
            $"{change.User!.Email} is the tenant's last enabled owner: make another user owner first."),
        _ => Missing(userId),
    };

    private static Finding UnknownCompany() => FieldFinding.Fatal(JsonErrorCodes.Format, "/companies", "A company named is not the tenant's.",
        "Assign only the tenant's companies (GET /v1/companies lists them).");

    private static Refusal.Missing Missing(Guid userId) => new($"There is no user {userId}.");

    private static Refusal.Invalid Invalid(List<Finding> findings) =>
        new("invalid-user", "The user is not valid", $"{findings.Count} value(s) must be changed; each finding says which and how.", findings);
}
