using Efactura.Server.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Efactura.Server.Storage.Users;

namespace Efactura.Server.Dashboard;

/// <summary>Registers the dashboard: its options, its users, its cookie session, antiforgery and its pages.</summary>
public static class DashboardServiceCollectionExtensions
{
    /// <summary>Adds the dashboard configured from <c>Efactura:Dashboard</c>.</summary>
    public static IServiceCollection AddEfacturaDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        OptionsRules<DashboardOptions>.Add(services, configuration.GetSection(DashboardOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<DashboardOptions>().Policy);
        services.AddSingleton<UserRepository>();
        services.AddHttpContextAccessor();
        services.AddScoped<DashboardSession>();
        services.AddSingleton<DashboardInvoiceActions>();

        // Its own scheme and no default one: the API's requests are untouched and keep their API keys.
        services.AddAuthentication().AddCookie(DashboardAuthentication.Scheme, _ => { });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(DashboardAuthentication.Scheme)
            .Configure<DashboardOptions>((cookie, options) => DashboardAuthentication.Configure(cookie, options));
        services.AddAuthorizationBuilder().AddPolicy(DashboardAuthentication.Scheme, policy =>
            policy.AddAuthenticationSchemes(DashboardAuthentication.Scheme).RequireAuthenticatedUser());
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "efactura-antiforgery";
            antiforgery.Cookie.Path = DashboardLinks.Root;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.FormFieldName = "__antiforgery";
        });
        // Razor Pages validate the antiforgery token of every POST (a form without it is refused with 400).
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Dashboard/Pages";
            pages.Conventions.AuthorizeFolder("/", DashboardAuthentication.Scheme);
        }).ConfigureApplicationPartManager(parts =>
        {
            // The pages are compiled into this assembly, which is not the entry assembly when a host (a test) embeds the server.
            var assembly = typeof(DashboardServiceCollectionExtensions).Assembly;
            if (parts.ApplicationParts.Any(p => p is AssemblyPart part && part.Assembly == assembly)) return;
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly)) parts.ApplicationParts.Add(part);
        });
        return services;
    }
}
