using Efactura.Server.Storage.Users;

namespace Efactura.Server.Dashboard;

/// <summary>
/// Who sees and manages the tenant-wide settings of the dashboard (webhooks, API keys, users): they span every company, so an
/// accountant, kept to their companies, finds them "not found" (404, also when typing the URL); a viewer reads the
/// webhooks and their deliveries (but not the API keys, which are the owner's alone) and changes nothing (403); the
/// owner does everything.
/// </summary>
public static class DashboardOwnership
{
    /// <summary>True when <paramref name="user"/> may see the webhooks and their deliveries: owner and viewer.</summary>
    public static bool MaySeeWebhooks(DashboardUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role != DashboardRole.Accountant;
    }

    /// <summary>True when <paramref name="user"/> manages the tenant's webhooks, API keys and users: the owner only.</summary>
    public static bool IsOwner(DashboardUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Role == DashboardRole.Owner;
    }
}
