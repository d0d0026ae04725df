using System.Net.Http.Headers;
using Efactura.Server.Hosting;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Tenants;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Efactura.Server.Tests.Api.Connections;

/// <summary>
/// The real server (ServerApplication.Build, Kestrel on 127.0.0.1:0, SQLite in a temporary folder, workers off) in
/// this process, so tests talk to it over real HTTP and can still reach its services (repositories, routes).
/// </summary>
public sealed class ConnectionTestServer : IAsyncDisposable
{
    private readonly string folder;
    private readonly List<HttpClient> clients = [];

    private ConnectionTestServer(WebApplication app, string folder, Uri address)
    {
        App = app;
        this.folder = folder;
        Address = address;
    }

    public WebApplication App { get; }

    public Uri Address { get; }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>Starts a server; <paramref name="settings"/> are extra configuration keys (e.g. Efactura:Anaf:Simulator:Url).</summary>
    public static Task<ConnectionTestServer> StartAsync(params (string Key, string Value)[] settings) => StartAsync(null, settings);

    /// <summary>Starts a server on <paramref name="time"/> (the system clock when null).</summary>
    public static async Task<ConnectionTestServer> StartAsync(TimeProvider? time, params (string Key, string Value)[] settings)
    {
        var folder = Directory.CreateTempSubdirectory("efactura-conn-").FullName;
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0",
            "--environment=Development",
            "--Efactura:Database:Provider=Sqlite",
            $"--Efactura:Database:ConnectionString=Data Source={Path.Combine(folder, "efactura.db")}",
            $"--Efactura:Secrets:KeyFile={Path.Combine(folder, "secret.key")}",
            "--Efactura:DevelopmentTenant:Enabled=false",
            "--Efactura:Workers:Enabled=false",
            "--Logging:LogLevel:Default=Warning",
        };
        args.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        var app = ServerApplication.Build([.. args], time);
        await app.Services.GetRequiredService<StartupTasks>().RunAsync(TextWriter.Null, Token);
        await app.StartAsync(Token);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new ConnectionTestServer(app, folder, new Uri(address.TrimEnd('/') + "/"));
    }

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>A tenant and its API key.</summary>
    public async Task<(Tenant Tenant, string ApiKey)> TenantAsync(string name = "acme")
    {
        var created = await Service<TenantRepository>().CreateAsync(name, Token);
        return (created.Tenant, created.ApiKey.Key);
    }

    /// <summary>A company of <paramref name="tenant"/> in the simulator environment.</summary>
    public async Task<Company> CompanyAsync(Tenant tenant, string cui = "12345678", bool syncEnabled = true) =>
        (await Service<CompanyRepository>().CreateAsync(tenant.Id, cui, $"Company {cui} SRL", new CompanySettings(AnafEnvironment.Simulator, SyncEnabled: syncEnabled), Token))!;

    /// <summary>A client of the server that does not follow redirects, signed in with <paramref name="apiKey"/> when given.</summary>
    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address };
        if (apiKey is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients) client.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pool being torn down; the temporary folder is left for the OS.
        }
    }
}
