using Efactura.Server.Hosting;
using Efactura.Server.Storage.Users;

namespace Efactura.Server.Dashboard;

/// <summary>Registers the dashboard: its options, its users.</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>Adds the dashboard configured from <c>Efactura:Dashboard</c>.</summary>
    public static IServiceCollection AddEfacturaDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        OptionsRules<DashboardOptions>.Add(services, configuration.GetSection(DashboardOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<DashboardOptions>().Policy);
        services.AddSingleton<UserRepository>();
        return services;
    }
}
