using Efactura.Server.Anaf;
using Efactura.Server.Api;
using Efactura.Server.Api.Admin;
using Efactura.Server.Dashboard;
using Efactura.Server.Observability;
using Efactura.Server.Storage;
using Efactura.Server.Workers;
using Efactura.Server.Storage.Secrets;
using Efactura.Server.Storage.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Efactura.Server.Hosting;

/// <summary>Builds and starts the gateway: configuration, storage, health check, start-up tasks.</summary>
public static class ServerApplication
{
    /// <summary>Builds the application from the command line, appsettings and environment variables.</summary>
    public static WebApplication Build(string[] args) => Build(args, null);

    /// <summary>As <see cref="Build(string[])"/>, on <paramref name="time"/> instead of the system clock when it is given (tests).</summary>
    public static WebApplication Build(string[] args, TimeProvider? time)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot.For(args) });
        if (time is not null) builder.Services.AddSingleton(time);
        ContentRoot.ResolveFiles(builder.Configuration, builder.Environment.ContentRootPath);
        var mode = ServerMode.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(mode);
        builder.Services.AddEfacturaStorage(builder.Configuration);
        builder.Services.AddEfacturaAnaf(builder.Configuration, mode);
        builder.Services.AddEfacturaWorkers(builder.Configuration);
        builder.Services.AddEfacturaObservability(builder.Configuration);
        builder.Services.AddEfacturaApi();
        builder.Services.AddEfacturaDashboard(builder.Configuration);
        OptionsRules<DevelopmentTenantOptions>.Add(builder.Services, builder.Configuration.GetSection(DevelopmentTenantOptions.Section));
        builder.Services.PostConfigure<DevelopmentTenantOptions>(o => o.Enabled = mode.DevelopmentTenantEnabled);
        builder.Services.AddSingleton<StartupTasks>();
        OptionsRules<Api.Admin.AdminOptions>.Add(builder.Services, builder.Configuration.GetSection(Api.Admin.AdminOptions.Section));
        builder.Services.AddSingleton<Api.Admin.OperatorKeyFilter>();
        builder.Services.AddEfacturaPublicRoutes();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddExceptionHandler<Api.Problems.UnexpectedErrorHandler>();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { SuppressDiagnosticsCallback = _ => true });
        app.UseEfacturaDashboardErrors();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync });
        app.MapEfacturaApi();
        app.MapEfacturaAdmin();
        app.MapEfacturaMetrics();
        app.MapEfacturaPublicRoutes();
        app.MapEfacturaDashboard();
        app.Lifetime.ApplicationStarted.Register(() => PrintAddresses(app));
        return app;
    }

    /// <summary>
    /// Runs the start-up tasks, then serves until shutdown; returns the process's exit code: 0 after a shutdown, 1 when
    /// the start was refused (a damaged database, a failed migration, settings out of range).
    /// </summary>
    public static async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            try
            {
                await StartAsync(app, Console.Out, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is DatabaseDamagedException or System.Data.Common.DbException or Microsoft.Extensions.Options.OptionsValidationException)
            {
                // A clear sentence and a failing exit code, not an unhandled exception's stack.
                await Console.Error.WriteLineAsync($"efactura did not start: {StartFailure(e)}").ConfigureAwait(false);
                return 1;
            }
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs the start-up tasks (migrations, the development tenant, whose key goes to <paramref name="console"/>) and
    /// starts serving; returns the development tenant's new API key, or null when none was created. The caller stops
    /// the application (<see cref="WebApplication.StopAsync"/> or disposal).
    /// </summary>
    public static async Task<IssuedApiKey?> StartAsync(WebApplication app, TextWriter console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(console);
        // Every option validated first (Production without ANAF's settings stops here, saying what is missing), then the
        // secret key loaded (or created), so a bad key stops the start instead of the first token exchange.
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IStartupValidator>().Validate();
        app.Services.GetRequiredService<SecretProtector>();
        // A damaged database stops the start before anything writes to it.
        await app.Services.GetRequiredService<Database>().VerifyIntegrityAsync(cancellationToken).ConfigureAwait(false);
        var key = await app.Services.GetRequiredService<StartupTasks>().RunAsync(console, cancellationToken).ConfigureAwait(false);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return key;
    }

    private static string StartFailure(Exception e) => e switch
    {
        DatabaseDamagedException damaged => damaged.Message,
        Microsoft.Extensions.Options.OptionsValidationException invalid => $"the configuration is not valid: {string.Join(" ", invalid.Failures)}",
        _ => $"the database failed while it was migrated: {e.Message}",
    };

    private static void PrintAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var root = address.TrimEnd('/');
            // The dashboard on the same line: whoever waits for this line has the dashboard's address with it.
            Console.WriteLine($"efactura listening on {address}   dashboard: {root}{DashboardLinks.Root}");
            Console.WriteLine($"  API reference: {root}/docs (OpenAPI: {root}/openapi/v1.json)");
            Console.WriteLine($"  health check:  {root}/healthz   metrics: {root}/metrics");
        }
    }
}
