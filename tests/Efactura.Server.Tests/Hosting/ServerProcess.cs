using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Efactura.Server.Tests.Hosting;

/// <summary>The server as an operator starts it: its own process, configured by environment variables, on a free loopback port.</summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public IEnumerable<string> Output => output;

    /// <summary>Starts the server in <paramref name="folder"/> (its SQLite file and key go there) and waits until it listens.</summary>
    public static Task<ServerProcess> StartAsync(string folder, CancellationToken cancellationToken) =>
        StartAsync(folder, "Development", new Dictionary<string, string>(), cancellationToken);

    /// <summary>
    /// Starts the server in <paramref name="folder"/> as <paramref name="environment"/> with <paramref name="variables"/>
    /// (environment variables, e.g. <c>Efactura__Anaf__ClientId</c>) and waits until it listens.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string folder, string environment, IReadOnlyDictionary<string, string> variables, CancellationToken cancellationToken)
    {
        var server = Launch(folder, environment, variables, []);
        var exited = server.process.WaitForExitAsync(cancellationToken);
        var first = await Task.WhenAny(server.listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60), cancellationToken));
        if (first != server.listening.Task)
            throw new InvalidOperationException("the server did not start:\n" + string.Join('\n', server.output));
        return server;
    }

    /// <summary>Runs <c>dotnet Efactura.Server.dll</c> with <paramref name="arguments"/> until it exits (a command, or a start that is refused).</summary>
    public static async Task<(int ExitCode, IReadOnlyList<string> Output)> RunAsync(
        string folder, string environment, IReadOnlyDictionary<string, string> variables, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        await using var server = Launch(folder, environment, variables, arguments);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await server.process.WaitForExitAsync(timeout.Token);
        server.process.WaitForExit(); // the output's last lines
        return (server.process.ExitCode, [.. server.output]);
    }

    private static ServerProcess Launch(string folder, string environment, IReadOnlyDictionary<string, string> variables, IReadOnlyList<string> arguments)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Efactura.Server.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Efactura__Database__Provider"] = "Sqlite";
        start.Environment["Efactura__Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "efactura.db")}";
        start.Environment["Efactura__Secrets__KeyFile"] = Path.Combine(folder, "secret.key");
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        foreach (var (name, value) in variables) start.Environment[name] = value;

        var server = new ServerProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        server.process.OutputDataReceived += (_, e) => server.Receive(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Receive(e.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        return server;
    }

    private void Receive(string? line)
    {
        if (line is null) return;
        output.Enqueue(line);
        if (line.StartsWith("efactura listening on ", StringComparison.Ordinal)) listening.TrySetResult();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops the server as a service manager does (SIGTERM), so it shuts down and its log is complete.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit(); // the output's last lines
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
