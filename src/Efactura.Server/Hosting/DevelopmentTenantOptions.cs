namespace Efactura.Server.Hosting;

/// <summary>
/// The tenant made on first start so that a fresh clone works at once; section <c>Efactura:DevelopmentTenant</c>.
/// </summary>
public sealed class DevelopmentTenantOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:DevelopmentTenant";

    /// <summary>
    /// Create a tenant when the database has none, and print its API key once; default: only in Development
    /// (<see cref="ServerMode.DevelopmentTenantEnabled"/>).
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Its name; default <c>development</c>.</summary>
    public string Name { get; set; } = "development";
}
