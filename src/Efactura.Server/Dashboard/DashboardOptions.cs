using System.ComponentModel.DataAnnotations;
using Efactura.Server.Storage.Users;

namespace Efactura.Server.Dashboard;

/// <summary>The dashboard at <c>/app</c>: sign-in lockout, links, sessions; section <c>Efactura:Dashboard</c>.</summary>
public sealed class DashboardOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Dashboard";

    /// <summary>Failed sign-ins in a row that lock a user out, 1 to 100.</summary>
    /// <value>Default 5.</value>
    [Range(1, 100, ErrorMessage = "Efactura:Dashboard:MaxFailedSignIns must be between 1 and 100.")]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>How long a lockout lasts, in minutes, 1 to 1440.</summary>
    /// <value>Default 15.</value>
    [Range(1, 1440, ErrorMessage = "Efactura:Dashboard:LockoutMinutes must be between 1 and 1440.")]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a one-time set-password link works, in hours, 1 to 720.</summary>
    /// <value>Default 72.</value>
    [Range(1, 720, ErrorMessage = "Efactura:Dashboard:LinkLifetimeHours must be between 1 and 720.")]
    public int LinkLifetimeHours { get; set; } = 72;

    /// <summary>How long a session lasts without use, in hours (sliding), 1 to 720.</summary>
    /// <value>Default 12.</value>
    [Range(1, 720, ErrorMessage = "Efactura:Dashboard:SessionHours must be between 1 and 720.")]
    public int SessionHours { get; set; } = 12;

    /// <summary>
    /// The address users reach the server at, for the links <c>users create|reset</c> print (e.g.
    /// <c>https://efactura.example.ro</c>); default: the first of <c>Urls</c>.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>The lockout and link rules the user store applies.</summary>
    public LockoutPolicy Policy => new(MaxFailedSignIns, TimeSpan.FromMinutes(LockoutMinutes), TimeSpan.FromHours(LinkLifetimeHours));
}
