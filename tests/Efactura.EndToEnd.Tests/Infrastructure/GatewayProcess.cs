using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Efactura.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The gateway as an operator runs it: `dotnet Efactura.Server.dll` in its own process, configured by environment
/// variables, on a fixed loopback port so that a restart after <see cref="Kill"/> serves the same URLs.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;
    private TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private GatewayProcess(string folder, int port, IReadOnlyDictionary<string, string> environment)
    {
        _folder = folder;
        _environment = environment;
        Address = new Uri($"http://127.0.0.1:{port}/");
    }

    /// <summary>The gateway's root URL.</summary>
    public Uri Address { get; }

    /// <summary>The development tenant's API key, printed on the first start.</summary>
    public string ApiKey { get; private set; } = "";

    /// <summary>Everything the process (and its predecessors) wrote.</summary>
    public IReadOnlyCollection<string> Output => _output;

    /// <summary>How many times the process was started.</summary>
    public int Starts { get; private set; }

    /// <summary>
    /// Starts the gateway with its data in <paramref name="folder"/> and the settings in <paramref name="environment"/>;
    /// the first node of a database prints the development tenant's API key, another node of it (<paramref name="joining"/>) does not.
    /// </summary>
    public static async Task<GatewayProcess> StartAsync(string folder, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken,
        bool joining = false)
    {
        var gateway = new GatewayProcess(folder, FreePort(), environment);
        await gateway.StartAsync(cancellationToken);
        if (!joining && gateway.ApiKey.Length == 0) throw new InvalidOperationException("the gateway printed no API key:\n" + string.Join('\n', gateway._output));
        return gateway;
    }

    /// <summary>Kills the process at once (SIGKILL: no shutdown, no flushing), as a power cut would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.WaitForExit();
    }

    /// <summary>Starts it again after <see cref="Kill"/>, on the same port and data.</summary>
    public Task RestartAsync(CancellationToken cancellationToken)
    {
        Kill();
        return StartAsync(cancellationToken);
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Efactura.Server.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(Address.ToString().TrimEnd('/'));
        start.Environment["Efactura__Secrets__KeyFile"] = Path.Combine(_folder, "secret.key");
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in _environment) start.Environment[key] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process = process;
        Starts++;
        process.OutputDataReceived += (_, e) => Receive(e.Data);
        process.ErrorDataReceived += (_, e) => Receive(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exited = process.WaitForExitAsync(cancellationToken);
        var first = await Task.WhenAny(_listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(90), cancellationToken));
        if (first != _listening.Task)
            throw new InvalidOperationException("the gateway did not start:\n" + string.Join('\n', _output.TakeLast(80)));
    }

    private void Receive(string? line)
    {
        if (line is null) return;
        _output.Enqueue(line);
        var trimmed = line.Trim();
        if (trimmed.StartsWith("EFACTURA_API_KEY=", StringComparison.Ordinal)) ApiKey = trimmed["EFACTURA_API_KEY=".Length..];
        if (line.StartsWith("efactura listening on ", StringComparison.Ordinal)) _listening.TrySetResult();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
