namespace Efactura.Server.Storage.Users;

/// <summary>What a dashboard user may do (stored lower case: <c>owner</c>, <c>accountant</c>, <c>viewer</c>).</summary>
public enum DashboardRole
{
    /// <summary>Everything in the tenant: every company, every action, the users.</summary>
    Owner,

    /// <summary>The companies assigned to them (<see cref="DashboardUser.CompanyIds"/>), with their actions.</summary>
    Accountant,

    /// <summary>Every company of the tenant, read only.</summary>
    Viewer,
}
