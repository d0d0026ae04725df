using Efactura.Simulator;

namespace Efactura.Server.Anaf;

/// <summary>
/// The simulator behind the <c>simulator</c> environment: one started in this process on first use (the default,
/// so a fresh clone works offline), or one at a configured URL.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly AnafOptions _options;
    private readonly Lazy<Task<AnafSimulator>>? _inProcess;

    /// <summary>A host for the simulator <paramref name="options"/> describe.</summary>
    public SimulatorHost(AnafOptions options, TimeProvider time)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        if (string.IsNullOrWhiteSpace(options.Simulator.Url))
            _inProcess = new(() => AnafSimulator.StartAsync(new SimulatorOptions
            {
                Time = time,
                ProcessingDelay = options.Simulator.ProcessingDelay,
                Clients = [new(options.Simulator.ClientId, options.Simulator.ClientSecret, [])],
            }));
    }

    /// <summary>True when the simulator runs in this process (and can grant rights and tokens directly).</summary>
    public bool IsInProcess => _inProcess is not null;

    /// <summary>The simulator's root URL.</summary>
    public async Task<Uri> BaseAddressAsync()
    {
        if (_inProcess is null) return new Uri(_options.Simulator.Url.EndsWith('/') ? _options.Simulator.Url : _options.Simulator.Url + "/");
        return (await _inProcess.Value.ConfigureAwait(false)).BaseAddress;
    }

    /// <summary>The in-process simulator, or null when the simulator runs elsewhere.</summary>
    public async Task<AnafSimulator?> InProcessAsync() => _inProcess is null ? null : await _inProcess.Value.ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_inProcess is { IsValueCreated: true })
            await (await _inProcess.Value.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
    }
}
