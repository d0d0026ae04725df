namespace Efactura.Server.Hosting;

/// <summary>
/// What this process runs besides the real thing (DESIGN §5 "Modes"): Development runs everything in one process (the
/// in-process ANAF simulator, a development tenant); any other environment runs nothing simulated unless the
/// configuration says so (<c>Efactura:Simulator:Enabled</c>, <c>Efactura:DevelopmentTenant:Enabled</c>).
/// </summary>
/// <param name="IsDevelopment">The host environment is Development.</param>
/// <param name="SimulatorEnabled">The <c>simulator</c> environment exists (companies may use it).</param>
/// <param name="DevelopmentTenantEnabled">An empty database gets the development tenant, its key printed once.</param>
public sealed record ServerMode(bool IsDevelopment, bool SimulatorEnabled, bool DevelopmentTenantEnabled)
{
    /// <summary>The configuration key switching the simulator on or off whatever the environment.</summary>
    public const string SimulatorEnabledKey = "Efactura:Simulator:Enabled";

    /// <summary>The mode of a process in <paramref name="environment"/> configured by <paramref name="configuration"/>.</summary>
    public static ServerMode From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var development = environment.IsDevelopment();
        return new ServerMode(
            development,
            configuration.GetValue<bool?>(SimulatorEnabledKey) ?? development,
            configuration.GetValue<bool?>(DevelopmentTenantOptions.Section + ":Enabled") ?? development);
    }
}
