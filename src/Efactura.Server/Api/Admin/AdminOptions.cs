namespace Efactura.Server.Api.Admin;

/// <summary>The operator's admin API (<c>/admin/v1</c>); section <c>Efactura:Admin</c>.</summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string Section = "Efactura:Admin";

    /// <summary>
    /// The operator key the admin API takes as <c>Authorization: Bearer</c>; at least 32 characters. Empty (the default):
    /// the admin API refuses every request and tenants are managed from the command line only. Only its SHA-256 is
    /// kept in memory, and keys are compared in constant time.
    /// </summary>
    public string OperatorKey { get; set; } = "";
}
