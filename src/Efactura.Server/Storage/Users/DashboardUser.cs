namespace Efactura.Server.Storage.Users;

/// <summary>A person who signs in to the dashboard (never their password or link: only that they exist).</summary>
/// <param name="Id">Their id.</param>
/// <param name="TenantId">The tenant whose companies they see.</param>
/// <param name="Email">Their email, lower case: the sign-in name, unique across the server.</param>
/// <param name="Role">What they may do.</param>
/// <param name="HasPassword">False until they set one through their one-time link.</param>
/// <param name="LockedUntil">When a lockout after repeated failed sign-ins ends, or null.</param>
/// <param name="CreatedAt">When the user was created.</param>
/// <param name="CompanyIds">The companies assigned to an accountant (empty for the other roles: they see all).</param>
/// <param name="LastSignInAt">When they last signed in, or null (never, or before this was recorded).</param>
/// <param name="DisabledAt">When an owner disabled them (they cannot sign in), or null.</param>
public sealed record DashboardUser(
    Guid Id,
    Guid TenantId,
    string Email,
    DashboardRole Role,
    bool HasPassword,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    IReadOnlyList<Guid> CompanyIds,
    DateTimeOffset? LastSignInAt = null,
    DateTimeOffset? DisabledAt = null)
{
    /// <summary>True when the user may sign in and their session works (not disabled).</summary>
    public bool Enabled => DisabledAt is null;
}
