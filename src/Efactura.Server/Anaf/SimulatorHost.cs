using System.Collections.Concurrent;
using Efactura.Server.Hosting;
using Efactura.Server.Storage.Simulator;
using Efactura.Simulator;

namespace Efactura.Server.Anaf;

/// <summary>
/// The simulator behind the <c>simulator</c> environment, where that environment exists (<see cref="ServerMode"/>):
/// one simulator per tenant started in this process on first use, or one at a configured URL.
/// <para>
/// One per tenant because a simulator is one ANAF: every CUI in it sees every invoice sent to that CUI. Shared by
/// tenants, one tenant could register another's customer and download that tenant's invoices through it. Each
/// tenant's simulator signs with its own key, stored encrypted (<see cref="SimulatorKeyRepository"/>), keeps its
/// uploads, messages, holders and redeemed refresh tokens in the database (<see cref="SimulatorStateRepository"/>), and
/// on start gives the tenant's simulator companies their rights again: after a restart its tokens still work and the
/// invoices sent before it are still followed and downloaded.
/// </para>
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly AnafOptions _options;
    private readonly TimeProvider _time;
    private readonly SimulatorKeyRepository? _keys;
    private readonly SimulatorStateRepository? _state;
    private readonly ConcurrentDictionary<Guid, Lazy<Task<AnafSimulator>>> _inProcess = new();

    /// <summary>A host for the simulator <paramref name="options"/> describe, enabled unless <paramref name="mode"/> says otherwise.</summary>
    public SimulatorHost(AnafOptions options, TimeProvider time, ServerMode? mode = null, SimulatorKeyRepository? keys = null,
        SimulatorStateRepository? state = null)
    {
        _state = state;
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _keys = keys;
        IsEnabled = mode?.SimulatorEnabled ?? true;
    }

    /// <summary>True when the <c>simulator</c> environment exists in this process (Development, or enabled explicitly).</summary>
    public bool IsEnabled { get; }

    /// <summary>True when the simulator runs in this process (and can grant rights and tokens directly).</summary>
    public bool IsInProcess => IsEnabled && string.IsNullOrWhiteSpace(_options.Simulator.Url);

    /// <summary>The root URL of <paramref name="tenantId"/>'s simulator.</summary>
    /// <exception cref="InvalidOperationException">The simulator is off in this process.</exception>
    public async Task<Uri> BaseAddressAsync(Guid tenantId)
    {
        if (!IsEnabled) throw Disabled();
        if (!IsInProcess) return new Uri(_options.Simulator.Url.EndsWith('/') ? _options.Simulator.Url : _options.Simulator.Url + "/");
        return (await StartedAsync(tenantId).ConfigureAwait(false)).BaseAddress;
    }

    /// <summary>The tenant's in-process simulator (started now if it was not), or null when the simulator runs elsewhere or is off.</summary>
    public async Task<AnafSimulator?> InProcessAsync(Guid tenantId) => IsInProcess ? await StartedAsync(tenantId).ConfigureAwait(false) : null;

    /// <summary>The simulators started so far (for tests and diagnostics).</summary>
    public int StartedCount => _inProcess.Count;

    private Task<AnafSimulator> StartedAsync(Guid tenantId) =>
        _inProcess.GetOrAdd(tenantId, id => new Lazy<Task<AnafSimulator>>(() => StartAsync(id))).Value;

    private async Task<AnafSimulator> StartAsync(Guid tenantId)
    {
        var certificate = _keys is null ? null
            : await _keys.GetOrCreateAsync(tenantId, AnafSimulator.CreateSigningCertificate, CancellationToken.None).ConfigureAwait(false);
        AnafSimulator simulator;
        try
        {
            simulator = await AnafSimulator.StartAsync(new SimulatorOptions
            {
                Time = _time,
                ProcessingDelay = _options.Simulator.ProcessingDelay,
                Clients = [new(_options.Simulator.ClientId, _options.Simulator.ClientSecret, [])],
                SigningCertificate = certificate,
                Store = _state?.ForTenant(tenantId),
            }).ConfigureAwait(false);
        }
        finally
        {
            certificate?.Dispose();
        }
        if (_keys is not null)
            foreach (var (companyId, cui) in await _keys.SimulatorCompaniesAsync(tenantId, CancellationToken.None).ConfigureAwait(false))
                simulator.GrantRights(CertificateSerialOf(companyId), cui);
        return simulator;
    }

    /// <summary>The certificate serial a company of the in-process simulator holds (one certificate per company).</summary>
    public static string CertificateSerialOf(Guid companyId) => $"efactura-dev-{companyId:N}";

    private static InvalidOperationException Disabled() =>
        new($"the simulator environment is off in this process (Production); set {ServerMode.SimulatorEnabledKey}=true to enable it");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var started in _inProcess.Values)
            if (started.IsValueCreated && started.Value.IsCompletedSuccessfully)
                await (await started.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
    }
}
