namespace Efactura.Server.Storage.Users;

/// <summary>When repeated failed sign-ins lock a user out, and for how long; links' lifetime.</summary>
/// <param name="MaxFailedSignIns">Failures in a row that lock the user, at least 1.</param>
/// <param name="Lockout">How long the lockout lasts.</param>
/// <param name="LinkLifetime">How long a one-time set-password link works.</param>
public sealed record LockoutPolicy(int MaxFailedSignIns, TimeSpan Lockout, TimeSpan LinkLifetime)
{
    /// <summary>5 failures, 15 minutes, links for 72 hours (the dashboard options' defaults).</summary>
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15), TimeSpan.FromHours(72));
}
