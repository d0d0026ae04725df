using System.Net.Http.Headers;
using System.Security.Cryptography;
using Efactura.Server.Anaf;
using Efactura.Server.Hosting;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Tests.Storage;
using Efactura.Simulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Efactura.Server.Tests.Hosting;

/// <summary>
/// The real gateway in this process, over real Kestrel on a free loopback port: <see cref="ServerApplication.Build"/>
/// with a fresh SQLite file in a temporary folder (or a PostgreSQL database), migrations and the development tenant
/// applied, the simulator in-process (created on first use, 200 ms processing delay), the workers off unless
/// <c>Efactura:Workers:Enabled</c> says <c>true</c>. Starts in well under a second; dispose it to stop it and
/// delete its files.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<HttpClient> clients = [];
    private readonly Func<ValueTask> cleanup;

    private TestServer(WebApplication app, Uri baseAddress, IssuedApiKey? key, string folder, Func<ValueTask> cleanup)
    {
        this.app = app;
        this.cleanup = cleanup;
        BaseAddress = baseAddress;
        Folder = folder;
        ApiKey = key?.Key ?? "";
        TenantId = key?.TenantId ?? Guid.Empty;
        Client = CreateClient(ApiKey);
    }

    /// <summary>The server's root URL, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The development tenant's API key (empty when the settings turned that tenant off).</summary>
    public string ApiKey { get; }

    /// <summary>The development tenant's id.</summary>
    public Guid TenantId { get; }

    /// <summary>A client for <see cref="BaseAddress"/> that sends the development tenant's key.</summary>
    public HttpClient Client { get; }

    /// <summary>The folder of the server's SQLite file (deleted on dispose).</summary>
    public string Folder { get; }

    /// <summary>The server's services (repositories, <see cref="SimulatorHost"/>, workers…).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>
    /// Starts a server on SQLite. <paramref name="settings"/> override the defaults (configuration keys as in
    /// appsettings.json, e.g. <c>["Efactura:Workers:Enabled"] = "true"</c>).
    /// </summary>
    public static Task<TestServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null) => StartAsync("sqlite", null, settings);

    /// <summary>Starts a server on <paramref name="engine"/> ("sqlite" or "postgres", a new database of <paramref name="postgres"/>).</summary>
    public static async Task<TestServer> StartAsync(string engine, PostgresServer? postgres, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("efactura-api-").FullName;
        var configuration = new Dictionary<string, string?>
        {
            ["contentRoot"] = folder,
            ["Urls"] = "http://127.0.0.1:0",
            ["environment"] = "Development",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Efactura:Database:Provider"] = "Sqlite",
            ["Efactura:Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "efactura.db")}",
            ["Efactura:Secrets:Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Efactura:Workers:Enabled"] = "false",
            ["Efactura:Anaf:Simulator:ProcessingDelay"] = "00:00:00.200",
        };
        Func<ValueTask> dropDatabase = () => ValueTask.CompletedTask;
        if (engine == "postgres")
        {
            ArgumentNullException.ThrowIfNull(postgres);
            var connectionString = await postgres.CreateDatabaseAsync(cancellationToken);
            configuration["Efactura:Database:Provider"] = "Postgres";
            configuration["Efactura:Database:ConnectionString"] = connectionString;
            dropDatabase = () => new ValueTask(postgres.DropDatabaseAsync(connectionString));
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) configuration[key] = value;

        var app = ServerApplication.Build([.. configuration.Select(c => $"--{c.Key}={c.Value}")]);
        try
        {
            var key = await ServerApplication.StartAsync(app, TextWriter.Null, cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new TestServer(app, new Uri(address.TrimEnd('/') + "/"), key, folder, async () =>
            {
                await dropDatabase();
                Directory.Delete(folder, recursive: true);
            });
        }
        catch
        {
            await app.DisposeAsync();
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>A client for <see cref="BaseAddress"/> sending <paramref name="apiKey"/> (none when null); disposed with the server.</summary>
    public HttpClient CreateClient(string? apiKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (!string.IsNullOrEmpty(apiKey)) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        clients.Add(client);
        return client;
    }

    /// <summary>A service of the server.</summary>
    public T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>Another tenant with its own API key and client (to prove tenants never see each other's data).</summary>
    public async Task<TestTenant> CreateTenantAsync(string name = "other")
    {
        var created = await Service<TenantRepository>().CreateAsync(name, TestContext.Current.CancellationToken);
        return new TestTenant(created.Tenant.Id, created.ApiKey.Key, CreateClient(created.ApiKey.Key));
    }

    /// <summary>
    /// The in-process simulator behind the <c>simulator</c> environment of <paramref name="tenantId"/> (default: the
    /// development tenant), started now if it was not yet. Each tenant has its own.
    /// </summary>
    public async Task<AnafSimulator> SimulatorAsync(Guid? tenantId = null) =>
        await Service<SimulatorHost>().InProcessAsync(tenantId ?? TenantId) ?? throw new InvalidOperationException("the simulator runs elsewhere (Efactura:Anaf:Simulator:Url)");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients) client.Dispose();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
        await cleanup();
    }
}

/// <summary>A tenant made by <see cref="TestServer.CreateTenantAsync"/>.</summary>
/// <param name="Id">Its id.</param>
/// <param name="ApiKey">Its API key.</param>
/// <param name="Client">A client sending that key.</param>
public sealed record TestTenant(Guid Id, string ApiKey, HttpClient Client);
