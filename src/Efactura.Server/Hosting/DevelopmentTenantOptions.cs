using System.ComponentModel.DataAnnotations;

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
    /// <value><c>development</c>.</value>
    [Required(AllowEmptyStrings = false, ErrorMessage = Section + ":Name is missing: the development tenant's name (default \"development\").")]
    [StringLength(200, ErrorMessage = Section + ":Name must be at most 200 characters.")]
    public string Name { get; set; } = "development";
}
