using System.Text.Json.Nodes;
using Efactura.Server.Tests.Storage;
using Efactura.Simulator;

namespace Efactura.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One end-to-end world: a simulator standing in for ANAF (in the test process, so it outlives gateway crashes and
/// counts every upload) and the gateway in its own process on SQLite or PostgreSQL, configured like production
/// except for short waits.
/// </summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    private readonly string _folder;
    private readonly PostgresServer? _postgres;
    private readonly string? _connectionString;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly List<GatewayProcess> _others = [];

    private GatewayHarness(string folder, AnafSimulator simulator, GatewayProcess gateway, PostgresServer? postgres, string? connectionString,
        IReadOnlyDictionary<string, string> environment)
    {
        _environment = environment;
        _folder = folder;
        Simulator = simulator;
        Gateway = gateway;
        _postgres = postgres;
        _connectionString = connectionString;
        Client = new GatewayClient(gateway.Address, gateway.ApiKey);
    }

    /// <summary>ANAF.</summary>
    public AnafSimulator Simulator { get; }

    /// <summary>The gateway process.</summary>
    public GatewayProcess Gateway { get; }

    /// <summary>The API as the development tenant.</summary>
    public GatewayClient Client { get; }

    /// <summary>Starts both; <paramref name="engine"/> is <c>sqlite</c> or <c>postgres</c>.</summary>
    public static async Task<GatewayHarness> StartAsync(string engine, PostgresServer postgres, SimulatorOptions simulatorOptions,
        IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("efactura-e2e-").FullName;
        var simulator = await AnafSimulator.StartAsync(simulatorOptions, cancellationToken);
        string? connectionString = null;
        var environment = new Dictionary<string, string>
        {
            ["Efactura__Anaf__Simulator__Url"] = simulator.BaseAddress.ToString(),
            // The gateway pins the simulator's certificate in the simulator environment, as it pins ANAF's elsewhere.
            ["Efactura__Anaf__Simulator__SigningCertificatePem"] = simulator.SigningCertificate.ExportCertificatePem(),
            ["Efactura__Workers__IdleDelay"] = "00:00:00.200",
            // The webhook receiver listens on loopback, which only the operator's allow-list opens to webhooks.
            ["Efactura__Webhooks__AllowedHosts__0"] = "127.0.0.1",
            ["Efactura__Webhooks__AllowedHosts__1"] = "localhost",
            ["Efactura__Workers__Outgoing__StatusFirstPoll"] = "00:00:01",
            ["Efactura__Workers__Outgoing__StatusMaxInterval"] = "00:00:02",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Efactura.Server.Workers.Incoming"] = "Information",
        };
        if (engine == "postgres")
        {
            // Pooled, as an operator runs it: the test cluster's strings say Pooling=false, and unpooled every query of
            // every node forked a PostgreSQL backend, which on a loaded machine made the nodes' requests time out (issue #16).
            connectionString = new Npgsql.NpgsqlConnectionStringBuilder(await postgres.CreateDatabaseAsync(cancellationToken)) { Pooling = true }.ConnectionString;
            environment["Efactura__Database__Provider"] = "Postgres";
            environment["Efactura__Database__ConnectionString"] = connectionString;
        }
        else
        {
            environment["Efactura__Database__Provider"] = "Sqlite";
            environment["Efactura__Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "efactura.db")}";
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        var gateway = await GatewayProcess.StartAsync(folder, environment, cancellationToken);
        return new GatewayHarness(folder, simulator, gateway, engine == "postgres" ? postgres : null, connectionString, environment);
    }

    /// <summary>Starts another gateway node on the same database, secret key and settings (its own port); disposed with the harness.</summary>
    public async Task<GatewayProcess> StartNodeAsync(CancellationToken cancellationToken)
    {
        var node = await GatewayProcess.StartAsync(_folder, _environment, cancellationToken, joining: true);
        _others.Add(node);
        return node;
    }

    /// <summary>Creates a company per CUI and connects each through the OAuth redirect; returns their ids by CUI.</summary>
    public async Task<Dictionary<string, Guid>> CreateConnectedCompaniesAsync(IEnumerable<string> cuis, JsonObject? settings = null)
    {
        var companies = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var cui in cuis)
        {
            var id = await Client.CreateCompanyAsync(cui, $"Company {cui}", settings?.DeepClone().AsObject());
            await Client.ConnectAsync(id, cui, $"SERIAL{cui}");
            companies[cui] = id;
        }
        return companies;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails with <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > timeout) throw new TimeoutException($"after {timeout}: {what()}");
            await Task.Delay(250);
        }
    }

    /// <summary>Every invoice of the tenant, by id.</summary>
    public async Task<Dictionary<Guid, JsonNode>> InvoicesAsync() =>
        (await Client.ListAllAsync("v1/invoices")).ToDictionary(i => i["id"]!.GetValue<Guid>());

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        foreach (var node in _others) await node.DisposeAsync();
        await Gateway.DisposeAsync();
        await Simulator.DisposeAsync();
        if (_postgres is not null && _connectionString is not null) await _postgres.DropDatabaseAsync(_connectionString);
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a file still held open by a dying process: the temp folder is cleaned by the OS */ }
    }
}
