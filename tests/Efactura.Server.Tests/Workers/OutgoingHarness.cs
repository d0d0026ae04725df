using System.Security.Cryptography.X509Certificates;
using Efactura.Anaf.Quotas;
using Efactura.Core.CodeLists;
using Efactura.Server.Anaf;
using Efactura.Server.Storage.Companies;
using Efactura.Server.Storage.Connections;
using Efactura.Server.Storage.Documents;
using Efactura.Server.Storage.Invoices;
using Efactura.Server.Storage.Quotas;
using Efactura.Server.Storage.Reconciliation;
using Efactura.Server.Tests.Storage;
using Efactura.Server.Workers;
using Efactura.Simulator;
using Efactura.Testing;
using Efactura.Ubl;
using CompanyEnvironment = Efactura.Server.Storage.Companies.AnafEnvironment;
using Microsoft.Extensions.Logging.Abstractions;

namespace Efactura.Server.Tests.Workers;

/// <summary>
/// The outgoing workers over a real database and the real simulator over HTTP, all on one manual clock: a test
/// creates invoices with the repositories, then drives each worker round by round.
/// </summary>
public sealed class OutgoingHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    // Making a signing certificate is most of a simulator's start-up; one serves every test.
    private static readonly Lazy<X509Certificate2> SigningCertificate = new(() => AnafSimulator.CreateSigningCertificate(Start.AddDays(-1)));

    private readonly HttpClient http = new(new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly SimulatorHost simulatorHost;

    private OutgoingHarness(TestDatabase db, AnafSimulator simulator, ManualTimeProvider clock, OutgoingInvoiceOptions outgoing, bool trustSimulator,
        Efactura.Simulator.AnafEnvironment simulatorEnvironment, QuotaLimits limits)
    {
        SimulatorEnvironment = simulatorEnvironment;
        Db = db;
        Simulator = simulator;
        Clock = clock;
        Outgoing = outgoing;
        Invoices = new InvoiceRepository(db.Database, clock);
        Companies = new CompanyRepository(db.Database, clock);
        Documents = new DocumentRepository(db.Database, clock);
        Connections = new AnafConnectionRepository(db.Database, db.Protector, clock);
        ReconcileDownloads = new ReconcileDownloadRepository(db.Database, clock);
        Quota = new DatabaseAnafQuota(new QuotaRepository(db.Database), limits, clock);
        AnafOptions = new AnafOptions
        {
            Timeout = TimeSpan.FromSeconds(10),
            Simulator = { Url = simulator.BaseAddress.ToString(), Production = simulatorEnvironment == Efactura.Simulator.AnafEnvironment.Prod, SigningCertificatePem = trustSimulator ? SigningCertificate.Value.ExportCertificatePem() : "" },
        };
        simulatorHost = new SimulatorHost(AnafOptions, clock);
        Clients = new AnafClients(http, AnafOptions, simulatorHost, Connections, Quota, clock);
    }

    public TestDatabase Db { get; }

    public AnafSimulator Simulator { get; }

    public ManualTimeProvider Clock { get; }

    /// <summary>The simulator environment the gateway talks to (its <c>/test</c> or <c>/prod</c>).</summary>
    public Efactura.Simulator.AnafEnvironment SimulatorEnvironment { get; }

    public OutgoingInvoiceOptions Outgoing { get; }

    public WorkerOptions WorkerOptions { get; } = new() { Lease = TimeSpan.FromMinutes(2), BatchSize = 20 };

    public InvoiceRepository Invoices { get; }

    public CompanyRepository Companies { get; }

    public DocumentRepository Documents { get; }

    public AnafConnectionRepository Connections { get; }

    public ReconcileDownloadRepository ReconcileDownloads { get; }

    public DatabaseAnafQuota Quota { get; }

    public AnafOptions AnafOptions { get; }

    public AnafClients Clients { get; }

    /// <summary>The counters the workers report to (signature checks).</summary>
    public Efactura.Server.Observability.AnafCallMetrics Metrics { get; } = new();

    /// <summary>What the status poller logged.</summary>
    public CapturedLogs Logs { get; } = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A harness on <paramref name="engine"/> whose simulator judges an upload after <paramref name="processingDelay"/> (30 s by default).</summary>
    /// <param name="corruptSignatures">The simulator breaks the signature of every ZIP it sends.</param>
    /// <param name="trustSimulator">The gateway knows the simulator's certificate (its signatures check as verified).</param>
    /// <param name="simulatorEnvironment">The simulator environment the gateway talks to: /test (enveloped signatures) by default, or /prod (detached).</param>
    /// <param name="limits">ANAF's limits as the gateway's quota knows them (ANAF's published ones by default).</param>
    /// <param name="listLag">How long an upload takes to appear in the simulator's message lists (none by default).</param>
    public static async Task<OutgoingHarness> StartAsync(string engine, PostgresServer postgres, TimeSpan? processingDelay = null, OutgoingInvoiceOptions? outgoing = null,
        bool corruptSignatures = false, bool trustSimulator = true, Efactura.Simulator.AnafEnvironment simulatorEnvironment = Efactura.Simulator.AnafEnvironment.Test,
        QuotaLimits? limits = null, TimeSpan? listLag = null)
    {
        var db = await TestDatabase.CreateAsync(engine, postgres);
        var clock = new ManualTimeProvider(Start);
        var simulator = await AnafSimulator.StartAsync(new SimulatorOptions
        {
            Time = clock,
            ProcessingDelay = processingDelay ?? TimeSpan.FromSeconds(30),
            SigningCertificate = SigningCertificate.Value,
            CorruptSignatures = corruptSignatures,
            ListLag = listLag ?? TimeSpan.Zero,
        }, Token);
        return new OutgoingHarness(db, simulator, clock, outgoing ?? new OutgoingInvoiceOptions(), trustSimulator, simulatorEnvironment, limits ?? new QuotaLimits());
    }

    public Submitter Submitter(string node = "node-a") =>
        new(WorkerOptions, Outgoing, Invoices, Companies, Documents, Clients, Connections, Quota, new NodeIdentity(node), Clock, NullLogger<Submitter>.Instance);

    public Reconciler Reconciler(string node = "node-a") =>
        new(WorkerOptions, Outgoing, Invoices, Companies, Documents, ReconcileDownloads, Clients, Quota, new NodeIdentity(node), Clock, NullLogger<Reconciler>.Instance);

    public StatusPoller StatusPoller(string node = "node-a") =>
        new(WorkerOptions, Outgoing, Invoices, Companies, Documents, ReconcileDownloads, Clients, new NodeIdentity(node), Metrics, Clock, Logs.For<StatusPoller>());

    public static byte[] ExampleXml(string example) => File.ReadAllBytes(Path.Combine(TestPaths.Examples, "expected", example + ".xml"));

    /// <summary>A tenant and the company that is the example's seller, connected to the simulator (unless told not to).</summary>
    public async Task<Company> CompanyForAsync(string example, bool connected = true, bool buyer = false)
    {
        var invoice = new UblReader().Read(new MemoryStream(ExampleXml(example)));
        var party = buyer ? invoice.Buyer : invoice.Seller;
        var cui = Cui.Normalize(party.VatIdentifier ?? party.TaxRegistrationId ?? party.LegalRegistrationId!.Value);
        var tenant = (await Db.Tenants.CreateAsync("tenant-" + example, Token)).Tenant;
        var company = (await Companies.CreateAsync(tenant.Id, cui, party.Name, new CompanySettings(CompanyEnvironment.Simulator), Token))!;
        if (!connected) return company;
        Simulator.GrantRights("serial-" + cui, cui);
        var tokens = Simulator.IssueTokens("serial-" + cui);
        var now = Clock.GetUtcNow();
        await Connections.ConnectAsync(company.TenantId, company.Id, new AnafTokens(tokens.AccessToken, tokens.RefreshToken, now.AddDays(90), now.AddDays(365)), Token);
        return company;
    }

    /// <summary>An issued invoice of <paramref name="company"/> with the example's XML (or <paramref name="xml"/>), queued and due now.</summary>
    public async Task<InvoiceRecord> QueuedInvoiceAsync(Company company, string example, byte[]? xml = null)
    {
        var created = await IssuedInvoiceAsync(company, example, xml);
        var queued = await Invoices.TransitionAsync(new InvoiceTransition(created.TenantId, created.Id, InvoiceState.Issued, InvoiceState.Queued)
        {
            NextAttemptAt = Clock.GetUtcNow(),
        }, Token);
        return queued.Invoice!;
    }

    /// <summary>
    /// The state a crashed process leaves behind: <paramref name="invoice"/> (queued) committed as uploading, its upload
    /// lease running, and (when <paramref name="sending"/>) its request marked as leaving now; whether the upload itself
    /// reached ANAF is up to the test. Returns the uploading invoice.
    /// </summary>
    public async Task<InvoiceRecord> LeftUploadingAsync(InvoiceRecord invoice, bool sending = true)
    {
        var uploading = (await Invoices.TransitionAsync(new InvoiceTransition(invoice.TenantId, invoice.Id, InvoiceState.Queued, InvoiceState.Uploading)
        {
            CountsUploadAttempt = true,
            NextAttemptAt = Clock.GetUtcNow() + Outgoing.UploadLease,
        }, Token)).Invoice!;
        if (sending) (await Invoices.MarkUploadSentAsync(uploading, Clock.GetUtcNow() + Outgoing.UploadLease, Token)).ShouldBeTrue();
        return uploading;
    }

    /// <summary>An issued invoice of <paramref name="company"/> with its XML stored, as the API leaves it.</summary>
    public async Task<InvoiceRecord> IssuedInvoiceAsync(Company company, string example, byte[]? xml = null)
    {
        xml ??= ExampleXml(example);
        var model = new UblReader().Read(new MemoryStream(xml));
        var created = (await Invoices.CreateAsync(new NewInvoice(company.TenantId, company.Id, model.Number, model.TypeCode.Code, model.IssueDate,
            model.CurrencyCode, 0m, "{}") { State = InvoiceState.Issued }, Token))!;
        await Documents.PutAsync(company.TenantId, DocumentOwnerType.Invoice, created.Id, DocumentKind.Xml, xml, Token);
        return created;
    }

    public async Task<InvoiceRecord> GetAsync(InvoiceRecord invoice) => (await Invoices.GetAsync(invoice.TenantId, invoice.Id, Token))!;

    public int UploadCount(Company company, InvoiceRecord invoice) =>
        Simulator.UploadCount(SimulatorEnvironment, company.Cui, invoice.Number);

    /// <summary>
    /// Runs one round of <paramref name="worker"/>. When it waits on the manual clock (a 429's Retry-After, a retry
    /// backoff, the quota's next slot) the clock is moved to the end of that wait, as time would pass.
    /// </summary>
    public async Task<bool> RoundAsync(WorkerLoop worker)
    {
        var round = worker.RunRoundAsync(Token);
        while (!round.IsCompleted)
        {
            await Task.WhenAny(round, Task.Delay(20, Token));
            if (!round.IsCompleted && Clock.PendingDelays is [var wait, ..]) Clock.Advance(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1));
        }
        return await round;
    }

    /// <summary>Moves the clock on and runs one round of each worker, in the order of the invoice's way.</summary>
    public async Task StepAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await RoundAsync(Submitter());
        await RoundAsync(Reconciler());
        await RoundAsync(StatusPoller());
    }

    public async ValueTask DisposeAsync()
    {
        await simulatorHost.DisposeAsync();
        await Simulator.DisposeAsync();
        http.Dispose();
        await Db.DisposeAsync();
    }
}
