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
    public static async Task<ServerProcess> StartAsync(string folder, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Efactura.Server.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Efactura__Database__Provider"] = "Sqlite";
        start.Environment["Efactura__Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "efactura.db")}";
        start.Environment["Efactura__Secrets__KeyFile"] = Path.Combine(folder, "secret.key");
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";

        var server = new ServerProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"));
        server.process.OutputDataReceived += (_, e) => server.Receive(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Receive(e.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        var exited = server.process.WaitForExitAsync(cancellationToken);
        var first = await Task.WhenAny(server.listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60), cancellationToken));
        if (first != server.listening.Task)
            throw new InvalidOperationException("the server did not start:\n" + string.Join('\n', server.output));
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

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
