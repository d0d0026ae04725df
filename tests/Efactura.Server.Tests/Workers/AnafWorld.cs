using System.Security.Cryptography.X509Certificates;
using Efactura.Anaf.OAuth;
using Efactura.Anaf.Quotas;
using Efactura.Server.Anaf;
using Efactura.Server.Observability;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Events;
using Efactura.Server.Storage.Incoming;
using Efactura.Server.Storage.Notices;
using Efactura.Server.Storage.Tenants;
using Efactura.Server.Tests.Storage;
using Efactura.Simulator;
using Efactura.Testing;

namespace Efactura.Server.Tests.Workers;

/// <summary>
/// A database of one engine, the real simulator over HTTP and the gateway's ANAF client factory, all on one
/// manual clock: what the workers need, built the way the server builds it.
/// </summary>
public sealed class AnafWorld : IAsyncDisposable
{
    public const string Serial = "serial-worker-tests";

    // Generating an RSA key is the slowest part of a simulator start: one certificate serves every test.
    private static readonly Lazy<X509Certificate2> Certificate = new(() => AnafSimulator.CreateSigningCertificate(DateTimeOffset.UtcNow.AddDays(-1)));

    private AnafWorld(TestDatabase db, ManualTimeProvider clock, AnafSimulator simulator, SimulatorHost host, HttpClient http, AnafOptions options, AnafCallMetrics metrics)
    {
        Db = db;
        Clock = clock;
        Simulator = simulator;
        Host = host;
        Http = http;
        AnafOptions = options;
        AnafCalls = metrics;
        Clients = new AnafClients(http, options, host, Connections, new InMemoryAnafQuota(new QuotaLimits(), clock), clock);
    }

    public TestDatabase Db { get; }

    public ManualTimeProvider Clock { get; }

    public AnafSimulator Simulator { get; }

    public SimulatorHost Host { get; }

    public HttpClient Http { get; }

    public AnafCallMetrics AnafCalls { get; }

    public CapturedLogs Logs { get; } = new();

    public AnafOptions AnafOptions { get; }

    public AnafClients Clients { get; }

    public CompanyRepository Companies => new(Db.Database, Clock);

    public AnafConnectionRepository Connections => new(Db.Database, Db.Protector, Clock);

    public SpvMessageRepository Messages => new(Db.Database, Clock);

    public IncomingInvoiceRepository Incoming => new(Db.Database, Clock);

    public ReceivedReplyRepository ReceivedReplies => new(Db.Database, Clock);

    public IncomingReplyRepository SentReplies => new(Db.Database, Clock);

    public DocumentRepository Documents => new(Db.Database, Clock);

    public EventRepository Events => new(Db.Database, Clock);

    public NoticeRepository Notices => new(Db.Database, Clock);

    public TenantRepository Tenants => new(Db.Database, Clock);

    public Efactura.Server.Workers.NodeIdentity Node { get; } = new("test-node");

    public static async Task<AnafWorld> StartAsync(string engine, PostgresServer postgres, SimulatorOptions? simulator = null)
    {
        var db = await TestDatabase.CreateAsync(engine, postgres);
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var started = await AnafSimulator.StartAsync((simulator ?? new SimulatorOptions()) with { Time = clock, SigningCertificate = Certificate.Value },
            TestContext.Current.CancellationToken);
        var metrics = new AnafCallMetrics();
        var options = new AnafOptions { Simulator = { Url = started.BaseAddress.ToString() } };
        var http = new HttpClient(new AnafCallCounter(metrics) { InnerHandler = new SocketsHttpHandler() }) { Timeout = Timeout.InfiniteTimeSpan };
        return new AnafWorld(db, clock, started, new SimulatorHost(options, clock), http, options, metrics);
    }

    /// <summary>A tenant with a company whose CUI has SPV rights in the simulator, connected with a fresh token pair.</summary>
    public async Task<(Company Company, AnafTokens Tokens)> ConnectedCompanyAsync(string cui = "12345678")
    {
        var token = TestContext.Current.CancellationToken;
        var tenant = (await Tenants.CreateAsync("acme", token)).Tenant;
        var company = (await Companies.CreateAsync(tenant.Id, cui, "Acme SRL", new CompanySettings(Efactura.Server.Storage.Companies.AnafEnvironment.Simulator), token))!;
        Simulator.GrantRights(Serial, cui);
        var pair = Simulator.IssueTokens(Serial);
        var tokens = new AnafTokens(pair.AccessToken, pair.RefreshToken, JwtExpiry.Read(pair.AccessToken)!.Value, JwtExpiry.Read(pair.RefreshToken)!.Value);
        await Connections.ConnectAsync(tenant.Id, company.Id, tokens, token);
        return (company, tokens);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Simulator.DisposeAsync();
        await Host.DisposeAsync();
        await Db.DisposeAsync();
    }
}
