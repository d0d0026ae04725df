using Efactura.Server.Storage.Users;

namespace Efactura.Server.Dashboard;

/// <summary>
/// Who is signed in for this request and what they may see and do. Every page and action asks it: an accountant
/// sees only the companies assigned to them (a company or invoice of another is "not found", also when the URL is
/// typed), a viewer sees everything and changes nothing, an owner does everything.
/// </summary>
public sealed class DashboardSession(IHttpContextAccessor accessor, UserRepository users)
{
    private DashboardUser? user;
    private bool loaded;

    /// <summary>The signed-in user as stored now, or null (no session, or the user no longer exists or is disabled).</summary>
    public async Task<DashboardUser?> UserAsync(CancellationToken cancellationToken)
    {
        if (loaded) return user;
        var principal = accessor.HttpContext?.User;
        var id = principal is null ? null : DashboardAuthentication.UserId(principal);
        user = id is { } userId ? await users.GetAsync(userId, cancellationToken).ConfigureAwait(false) : null;
        // A disabled user's session ends at once, whatever its cookie says.
        if (user is { Enabled: false }) user = null;
        loaded = true;
        return user;
    }

    /// <summary>The companies the user is limited to: null for all of the tenant's (owner, viewer), the assigned ones for an accountant.</summary>
    public static IReadOnlyCollection<Guid>? Companies(DashboardUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role == DashboardRole.Accountant ? user.CompanyIds : null;
    }

    /// <summary>True when <paramref name="user"/> may see the company.</summary>
    public static bool MaySee(DashboardUser user, Guid companyId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role != DashboardRole.Accountant || user.CompanyIds.Contains(companyId);
    }

    /// <summary>True when <paramref name="user"/> may act on the company (not a viewer, and may see it).</summary>
    public static bool MayAct(DashboardUser user, Guid companyId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role != DashboardRole.Viewer && MaySee(user, companyId);
    }
}
