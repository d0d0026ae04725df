using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Efactura.Testing;
using Npgsql;

[assembly: AssemblyFixture(typeof(Efactura.Server.Tests.Storage.PostgresServer))]

namespace Efactura.Server.Tests.Storage;

/// <summary>
/// A throw-away PostgreSQL cluster for the test run, from Debian's binaries (the newest /usr/lib/postgresql/N/bin,
/// or $EFACTURA_PG_BIN): initdb into a temporary folder, started on a free loopback port, stopped and deleted at
/// the end. Run as the postgres user when the tests run as root (PostgreSQL refuses root). Started on first
/// use; each test gets its own database.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly SemaphoreSlim startLock = new(1, 1);
    private string? folder;
    private string? unavailable;
    private NpgsqlDataSource? admin;
    private int port;

    private static string Binaries => Environment.GetEnvironmentVariable("EFACTURA_PG_BIN") is { Length: > 0 } bin ? bin : DebianBinaries();

    // Debian's postgresql package installs the server of its major version under /usr/lib/postgresql/<major>/bin
    // (15 on Debian 12, 17 on Debian 13): the newest one with initdb.
    private static string DebianBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var newest = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")))
                .MaxBy(d => int.TryParse(Path.GetFileName(d), System.Globalization.CultureInfo.InvariantCulture, out var major) ? major : 0)
            : null;
        return newest is null ? Path.Combine(root, "<version>", "bin") : Path.Combine(newest, "bin");
    }

    private static bool IsRoot => Environment.UserName == "root";

    /// <summary>Creates an empty database and returns its connection string; skips (or, strict, fails) without PostgreSQL.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        await EnsureStartedAsync(cancellationToken);
        if (unavailable is not null)
        {
            Strict.Missing($"PostgreSQL is not available: {unavailable}");
        }
        var name = "efactura_test_" + Guid.NewGuid().ToString("N");
        await using (var command = admin!.CreateCommand($"CREATE DATABASE {name}"))
            await command.ExecuteNonQueryAsync(cancellationToken);
        return new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var command = admin!.CreateCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await command.ExecuteNonQueryAsync();
    }

    private async Task EnsureStartedAsync(CancellationToken cancellationToken)
    {
        await startLock.WaitAsync(cancellationToken);
        try
        {
            if (admin is not null || unavailable is not null) return;
            if (!File.Exists(Path.Combine(Binaries, "initdb")) || !File.Exists(Path.Combine(Binaries, "pg_ctl")))
            {
                unavailable = $"no initdb/pg_ctl in {Binaries} (apt-get install postgresql)";
                return;
            }
            await StartAsync(cancellationToken);
        }
        finally
        {
            startLock.Release();
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        folder = Path.Combine(Path.GetTempPath(), "efactura-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (IsRoot) await RunAsync("chown", ["postgres:", folder], asPostgres: false, cancellationToken);
        var data = Path.Combine(folder, "data");
        await RunAsync(Path.Combine(Binaries, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], IsRoot, cancellationToken);

        // A free port can be taken between the probe and the start: try a few.
        for (var attempt = 1; ; attempt++)
        {
            port = FreePort();
            var options = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
            try
            {
                await RunAsync(Path.Combine(Binaries, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", options, "start"], IsRoot, cancellationToken);
                break;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }
        admin = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, string[] args, bool asPostgres, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
        }
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited with {process.ExitCode}: {await output}{await error}");
    }

    /// <summary>Stops the cluster and deletes its folder.</summary>
    public async ValueTask DisposeAsync()
    {
        if (admin is not null) await admin.DisposeAsync();
        if (folder is null) return;
        try
        {
            await RunAsync(Path.Combine(Binaries, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"], IsRoot, CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Not running (start failed): nothing to stop.
        }
        Directory.Delete(folder, recursive: true);
        startLock.Dispose();
    }
}
