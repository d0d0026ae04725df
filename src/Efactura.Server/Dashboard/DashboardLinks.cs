using Efactura.Server.Storage.Users;

namespace Efactura.Server.Dashboard;

/// <summary>The dashboard's addresses that leave the server: the one-time set-password link.</summary>
public static class DashboardLinks
{
    /// <summary>The dashboard's root path.</summary>
    public const string Root = "/app";

    /// <summary>The public root of the server: <see cref="DashboardOptions.PublicUrl"/>, else the first of <c>Urls</c>.</summary>
    public static string PublicRoot(DashboardOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var root = options.PublicUrl ?? configuration["Urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries)[0] ?? "http://localhost:5080";
        return root.TrimEnd('/');
    }

    /// <summary>The page where the link's owner sets their password.</summary>
    public static string SetPassword(string publicRoot, SignInLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return $"{publicRoot}{Root}/set-password?token={Uri.EscapeDataString(link.Token)}";
    }
}
